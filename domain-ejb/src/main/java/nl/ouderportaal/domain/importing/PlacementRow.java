package nl.ouderportaal.domain.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A row of plaatsingen.csv: a child in a group; {@code end} is null when it runs on. */
public record PlacementRow(
    int line, String externalId, String childId, String groupId, LocalDate start, LocalDate end) {

  public PlacementRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(start, "start");
  }

  static Optional<PlacementRow> read(Fields fields) {
    String id = fields.text("plaatsing_id");
    String childId = fields.text("kind_id");
    String groupId = fields.text("groep_id");
    LocalDate start = fields.date("begindatum");
    LocalDate end = fields.endDate("einddatum", "begindatum", start);
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    return Optional.of(new PlacementRow(fields.line(), id, childId, groupId, start, end));
  }
}
