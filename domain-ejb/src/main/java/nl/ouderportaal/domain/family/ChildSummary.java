package nl.ouderportaal.domain.family;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;

/**
 * A child as the pages show it: name, age and where the child is today. Group and location are
 * empty when the child has no placement today (care not started yet, or ended).
 */
public record ChildSummary(
    UUID id,
    String firstName,
    String lastName,
    LocalDate birthDate,
    int ageYears,
    int ageMonths,
    String groupName,
    String locationName,
    CareType careType,
    UUID familyId)
    implements Serializable {

  public String fullName() {
    return firstName + " " + lastName;
  }

  public boolean placed() {
    return groupName != null;
  }
}
