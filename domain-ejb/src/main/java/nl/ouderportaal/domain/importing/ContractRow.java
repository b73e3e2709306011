package nl.ouderportaal.domain.importing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * A row of contracten.csv; {@code end} is null for a contract that runs on. The day parts are read
 * whatever the location's care type: whether they fit it is checked with the location.
 */
public record ContractRow(
    int line,
    String externalId,
    String childId,
    String locationId,
    LocalDate start,
    LocalDate end,
    Set<ContractDay> days,
    BigDecimal hoursPerYear,
    BigDecimal hourlyRate,
    BigDecimal flexDaycare,
    BigDecimal flexOutOfSchool,
    BigDecimal holiday) {

  private static final Map<DayOfWeek, String> DAY_COLUMNS =
      Map.of(
          DayOfWeek.MONDAY, "maandag",
          DayOfWeek.TUESDAY, "dinsdag",
          DayOfWeek.WEDNESDAY, "woensdag",
          DayOfWeek.THURSDAY, "donderdag",
          DayOfWeek.FRIDAY, "vrijdag");

  public ContractRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(hoursPerYear, "hoursPerYear");
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    Objects.requireNonNull(flexDaycare, "flexDaycare");
    Objects.requireNonNull(flexOutOfSchool, "flexOutOfSchool");
    Objects.requireNonNull(holiday, "holiday");
    days = Collections.unmodifiableSet(new LinkedHashSet<>(days));
  }

  /** The column of a weekday's day parts. */
  static String dayColumn(DayOfWeek weekday) {
    return DAY_COLUMNS.get(weekday);
  }

  static Optional<ContractRow> read(Fields fields) {
    String id = fields.text("contract_id");
    String childId = fields.text("kind_id");
    String locationId = fields.text("locatie_id");
    LocalDate start = fields.date("begindatum");
    LocalDate end = fields.endDate("einddatum", "begindatum", start);
    Set<ContractDay> days = new LinkedHashSet<>();
    boolean daysRead = true;
    for (DayOfWeek weekday = DayOfWeek.MONDAY;
        weekday.compareTo(DayOfWeek.FRIDAY) <= 0;
        weekday = weekday.plus(1)) {
      Set<DayPart> parts = fields.dayParts(DAY_COLUMNS.get(weekday));
      if (parts == null) {
        daysRead = false;
      } else {
        for (DayPart part : parts) {
          days.add(new ContractDay(weekday, part));
        }
      }
    }
    if (daysRead && days.isEmpty()) {
      fields.problem(null, "import.noDays");
    }
    BigDecimal hoursPerYear = fields.amount("uren_per_jaar");
    BigDecimal hourlyRate = fields.amount("uurtarief");
    BigDecimal flexDaycare = fields.optionalAmount("flex_kdv_uren", BigDecimal.ZERO);
    BigDecimal flexOutOfSchool = fields.optionalAmount("flex_bso_uren", BigDecimal.ZERO);
    BigDecimal holiday = fields.optionalAmount("vakantiepret_uren", BigDecimal.ZERO);
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(
        new ContractRow(
            fields.line(),
            id,
            childId,
            locationId,
            start,
            end,
            days,
            hoursPerYear,
            hourlyRate,
            flexDaycare,
            flexOutOfSchool,
            holiday));
  }
}
