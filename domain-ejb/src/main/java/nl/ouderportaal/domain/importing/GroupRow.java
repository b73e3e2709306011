package nl.ouderportaal.domain.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * A row of groepen.csv. The capacities are there for every day part, KDV's and BSO's alike: which
 * ones count depends on the location's care type, and the location may be in another file.
 */
public record GroupRow(
    int line,
    String externalId,
    String locationId,
    String name,
    int minAgeMonths,
    int maxAgeMonths,
    Map<DayPart, Integer> capacities) {

  private static final Map<DayPart, String> CAPACITY_COLUMNS =
      Map.of(
          DayPart.MORNING, "kindplaatsen_ochtend",
          DayPart.AFTERNOON, "kindplaatsen_middag",
          DayPart.BEFORE_SCHOOL, "kindplaatsen_vso",
          DayPart.AFTER_SCHOOL, "kindplaatsen_nso",
          DayPart.HOLIDAY_DAY, "kindplaatsen_vakantie");

  public GroupRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(name, "name");
    Map<DayPart, Integer> copy = new EnumMap<>(DayPart.class);
    copy.putAll(capacities);
    capacities = Collections.unmodifiableMap(copy);
  }

  /** The column of the capacity of one day part; "kindplaatsen" counts where it is empty. */
  static String capacityColumn(DayPart part) {
    return CAPACITY_COLUMNS.get(part);
  }

  static Optional<GroupRow> read(Fields fields) {
    String id = fields.text("groep_id");
    String locationId = fields.text("locatie_id");
    String name = fields.text("naam");
    Integer from = fields.wholeNumber("leeftijd_van_maanden");
    Integer to = fields.wholeNumber("leeftijd_tot_maanden");
    if (from != null && to != null && from < 0) {
      fields.problem("leeftijd_van_maanden", "import.ages", from, to);
    } else if (from != null && to != null && to <= from) {
      fields.problem("leeftijd_tot_maanden", "import.ages", from, to);
    }
    Integer places = fields.count("kindplaatsen");
    Map<DayPart, Integer> capacities = new EnumMap<>(DayPart.class);
    for (DayPart part : DayPart.values()) {
      Integer override = fields.optionalCount(CAPACITY_COLUMNS.get(part));
      capacities.put(part, override != null ? override : places);
    }
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(new GroupRow(fields.line(), id, locationId, name, from, to, capacities));
  }
}
