package nl.ouderportaal.domain.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A row of kinderen.csv. */
public record ChildRow(
    int line,
    String externalId,
    String familyId,
    String firstName,
    String lastName,
    LocalDate birthDate) {

  public ChildRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
  }

  static Optional<ChildRow> read(Fields fields, LocalDate today) {
    String id = fields.text("kind_id");
    String familyId = fields.text("gezin_id");
    String firstName = fields.text("voornaam");
    String lastName = fields.text("achternaam");
    LocalDate birthDate = fields.birthDate("geboortedatum", today);
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(new ChildRow(fields.line(), id, familyId, firstName, lastName, birthDate));
  }
}
