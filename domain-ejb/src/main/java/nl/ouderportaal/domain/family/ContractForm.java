package nl.ouderportaal.domain.family;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A contract as the service desk enters it: the location, the day parts of the week, hours per year
 * and rate, the flex hours it includes, the period, and optionally the group the child goes to (a
 * placement over the same period).
 */
public record ContractForm(
    UUID locationId,
    Set<ContractDay> days,
    BigDecimal hoursPerYear,
    BigDecimal hourlyRate,
    BigDecimal flexDaycareHours,
    BigDecimal flexOutOfSchoolHours,
    BigDecimal holidayHours,
    LocalDate start,
    LocalDate end,
    UUID groupId)
    implements Serializable {

  /** The same form with another start (a change from a date). */
  public ContractForm startingOn(LocalDate day) {
    return new ContractForm(
        locationId,
        days,
        hoursPerYear,
        hourlyRate,
        flexDaycareHours,
        flexOutOfSchoolHours,
        holidayHours,
        day,
        end,
        groupId);
  }
}
