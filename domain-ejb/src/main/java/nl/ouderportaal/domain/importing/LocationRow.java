package nl.ouderportaal.domain.importing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;

/** A row of locaties.csv. */
public record LocationRow(
    int line,
    String externalId,
    String name,
    Address address,
    String lrkNumber,
    CareType careType,
    LocalTime opensAt,
    LocalTime closesAt,
    Set<DayOfWeek> openingDays) {

  static final LocalTime OPENS_AT = LocalTime.of(7, 30);
  static final LocalTime CLOSES_AT = LocalTime.of(18, 30);

  public LocationRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(lrkNumber, "lrkNumber");
    Objects.requireNonNull(careType, "careType");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (openingDays.isEmpty()) {
      throw new IllegalArgumentException("no opening days");
    }
    openingDays = Collections.unmodifiableSet(EnumSet.copyOf(openingDays));
  }

  static Optional<LocationRow> read(Fields fields) {
    String id = fields.text("locatie_id");
    String name = fields.text("naam");
    Address address = fields.address("straat", "postcode", "plaats");
    String lrkNumber = fields.lrkNumber("lrk_nummer");
    CareType careType = fields.careType("opvangsoort");
    LocalTime opensAt = fields.optionalTime("open_van", OPENS_AT);
    LocalTime closesAt = fields.optionalTime("open_tot", CLOSES_AT);
    Set<DayOfWeek> days =
        fields.optionalWeekdays("open_dagen", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
      fields.problem(
          "open_tot", "import.closesBeforeOpens", closesAt.toString(), opensAt.toString());
    }
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(
        new LocationRow(
            fields.line(), id, name, address, lrkNumber, careType, opensAt, closesAt, days));
  }
}
