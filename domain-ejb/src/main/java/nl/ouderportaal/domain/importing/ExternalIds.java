package nl.ouderportaal.domain.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which of our records the old system's ids became in one organisation, as an import run read them
 * at its start, in one query. The run's writer looks a row's record up here instead of asking the
 * database for each chunk of families: PostgreSQL answers such a query of a few hundred ids by
 * going through every reference of the kind as long as the table has no statistics yet, which is
 * the case while an organisation's first import fills it. Only import runs make references, one run
 * of an organisation at a time, so what the run itself adds is all that is missing; each chunk
 * keeps that itself, so that a chunk rolled back leaves nothing here.
 */
public final class ExternalIds {

  /** An organisation that nothing was imported into yet. */
  public static final ExternalIds NONE = new ExternalIds(Map.of());

  private final Map<ExternalRef.Kind, Map<String, UUID>> ids;

  private ExternalIds(Map<ExternalRef.Kind, Map<String, UUID>> ids) {
    Map<ExternalRef.Kind, Map<String, UUID>> copy = new EnumMap<>(ExternalRef.Kind.class);
    ids.forEach((kind, ofKind) -> copy.put(kind, Collections.unmodifiableMap(ofKind)));
    this.ids = Collections.unmodifiableMap(copy);
  }

  /** The references of one organisation, as the rows kind, external id, internal id. */
  static ExternalIds of(Iterable<Object[]> rows) {
    Map<ExternalRef.Kind, Map<String, UUID>> ids = new EnumMap<>(ExternalRef.Kind.class);
    rows.forEach(
        row ->
            ids.computeIfAbsent((ExternalRef.Kind) row[0], k -> new HashMap<>())
                .put((String) row[1], (UUID) row[2]));
    return new ExternalIds(ids);
  }

  /** Our id of a record of the old system, or null when no import stored it. */
  UUID get(ExternalRef.Kind kind, String externalId) {
    return ids.getOrDefault(kind, Map.of()).get(externalId);
  }

  /** The old system's ids of our records of a kind, by our id. */
  Map<UUID, String> byInternalId(ExternalRef.Kind kind) {
    Map<UUID, String> external = new HashMap<>();
    ids.getOrDefault(kind, Map.of()).forEach((externalId, id) -> external.put(id, externalId));
    return external;
  }
}
