package nl.ouderportaal.domain.importing;

import static nl.ouderportaal.domain.importing.ImportFileKind.CHILDREN;
import static nl.ouderportaal.domain.importing.ImportFileKind.CONTRACTS;
import static nl.ouderportaal.domain.importing.ImportFileKind.FAMILIES;
import static nl.ouderportaal.domain.importing.ImportFileKind.GROUPS;
import static nl.ouderportaal.domain.importing.ImportFileKind.LOCATIONS;
import static nl.ouderportaal.domain.importing.ImportFileKind.PLACEMENTS;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which families, locations and groups of the files can be imported while other rows still have
 * problems. A problem is traced back to its row through the raw values of the files, so a row that
 * could not be parsed still says whose it is: a family row by its gezin_id, a child by its
 * gezin_id, a contract or placement by the family of its kind_id. A location or group with a
 * problem takes the groups and families that use it along.
 *
 * <p>A problem that belongs to no row (a file that could not be read, a header, a row with the
 * wrong number of fields) hides rows nobody can name: then nothing of that file kind and of the
 * kinds after it in {@link ImportFileKind} order is clean, as those refer back to it.
 */
final class CleanRows {

  private record At(ImportFileKind kind, CsvRow row) {}

  private final ImportFiles.Read read;
  private final Map<String, Map<Integer, At>> rows = new HashMap<>();
  private final Map<String, Set<String>> familiesOfChild = new HashMap<>();
  private final Map<String, String> locationOfGroup = new HashMap<>();
  private final Set<String> knownFamilies = new HashSet<>();
  private final Set<String> uncleanLocations = new HashSet<>();
  private final Set<String> uncleanGroups = new HashSet<>();
  private final Set<String> uncleanFamilies = new HashSet<>();
  private int unreadableFrom = Integer.MAX_VALUE;

  CleanRows(ImportFiles.Read read, Existing existing) {
    this.read = read;
    for (CsvTable table : read.tables().values()) {
      Map<Integer, At> byLine = rows.computeIfAbsent(table.fileName(), name -> new HashMap<>());
      table.rows().forEach(row -> byLine.put(row.line(), new At(table.kind(), row)));
    }
    existing.groups().stream()
        .filter(group -> group.externalId() != null)
        .forEach(group -> locationOfGroup.put(group.externalId(), group.locationId()));
    rows(GROUPS).forEach(row -> locationOfGroup.put(id(row, GROUPS), value(row, "locatie_id")));
    existing.children().forEach(child -> addFamily(child.externalId(), child.familyId()));
    // a child id in two rows of kinderen.csv is ambiguous: every family it names is concerned
    rows(CHILDREN).forEach(row -> addFamily(id(row, CHILDREN), value(row, "gezin_id")));
    knownFamilies.addAll(existing.families());
    existing.children().forEach(child -> knownFamilies.add(child.familyId()));
    rows(FAMILIES).forEach(row -> knownFamilies.add(id(row, FAMILIES)));
    knownFamilies.remove("");
  }

  /**
   * Makes the rows of the problems unclean.
   *
   * @param ofReading whether the problems are of reading and parsing, where one without a row means
   *     rows were lost; the check's own problems without a row are about stored groups, whose
   *     families {@link #blameChildren} takes
   */
  void blame(List<ImportProblem> problems, boolean ofReading) {
    for (ImportProblem problem : problems) {
      Optional<At> at =
          Optional.ofNullable(rows.get(problem.file())).map(lines -> lines.get(problem.line()));
      if (at.isPresent()) {
        blame(at.get());
      } else if (ofReading) {
        int kind =
            problem.file() == null
                ? -1
                : ImportFileKind.byFileName(problem.file()).map(Enum::ordinal).orElse(-1);
        unreadableFrom = Math.min(unreadableFrom, kind);
      }
    }
  }

  private void blame(At at) {
    CsvRow row = at.row();
    switch (at.kind()) {
      case LOCATIONS -> uncleanLocations.add(id(row, LOCATIONS));
      case GROUPS -> uncleanGroups.add(id(row, GROUPS));
      case FAMILIES -> uncleanFamilies.add(id(row, FAMILIES));
      case CHILDREN -> {
        uncleanFamilies.add(value(row, "gezin_id"));
        uncleanFamilies.addAll(familiesOf(id(row, CHILDREN)));
      }
      case CONTRACTS, PLACEMENTS -> uncleanFamilies.addAll(familiesOf(kindId(row)));
    }
  }

  /** Makes the families of these children unclean: they come on a day their group is full. */
  void blameChildren(Collection<String> children) {
    children.forEach(child -> uncleanFamilies.addAll(familiesOf(child)));
  }

  /** The locations of the files without a problem. */
  Set<String> locations(List<String> inFiles) {
    if (unreadableFrom <= LOCATIONS.ordinal()) {
      return Set.of();
    }
    Set<String> clean = new LinkedHashSet<>(inFiles);
    clean.removeAll(uncleanLocations);
    return clean;
  }

  /** The groups of the files without a problem, at a location without one. */
  Set<String> groups(List<String> inFiles) {
    if (unreadableFrom <= GROUPS.ordinal()) {
      return Set.of();
    }
    Set<String> clean = new LinkedHashSet<>(inFiles);
    clean.removeIf(this::groupUnclean);
    return clean;
  }

  private boolean groupUnclean(String group) {
    return uncleanGroups.contains(group)
        || uncleanLocations.contains(locationOfGroup.getOrDefault(group, ""));
  }

  /**
   * The families the files have rows for whose rows are all clean, and whose children are only in
   * locations and groups that are clean or stored.
   */
  Set<String> families() {
    if (unreadableFrom != Integer.MAX_VALUE) {
      return Set.of();
    }
    Set<String> unclean = new HashSet<>(uncleanFamilies);
    for (CsvRow contract : rows(CONTRACTS)) {
      if (uncleanLocations.contains(value(contract, "locatie_id"))) {
        unclean.addAll(familiesOf(kindId(contract)));
      }
    }
    for (CsvRow placement : rows(PLACEMENTS)) {
      if (groupUnclean(value(placement, "groep_id"))) {
        unclean.addAll(familiesOf(kindId(placement)));
      }
    }
    Set<String> clean = familiesInFiles();
    clean.removeAll(unclean);
    return clean;
  }

  /**
   * The families the files have rows for, in file order: those of gezinnen.csv, then stored
   * families that get a child, contract or placement.
   */
  Set<String> familiesInFiles() {
    Set<String> families = new LinkedHashSet<>();
    rows(FAMILIES).forEach(row -> families.add(id(row, FAMILIES)));
    rows(CHILDREN).forEach(row -> families.add(value(row, "gezin_id")));
    rows(CONTRACTS).forEach(row -> families.addAll(familiesOf(kindId(row))));
    rows(PLACEMENTS).forEach(row -> families.addAll(familiesOf(kindId(row))));
    families.retainAll(knownFamilies);
    return families;
  }

  /** How many families the files have rows for, counting a row of gezinnen.csv without an id. */
  int familiesCount() {
    long withoutId = rows(FAMILIES).stream().filter(row -> id(row, FAMILIES).isEmpty()).count();
    return familiesInFiles().size() + (int) withoutId;
  }

  private void addFamily(String child, String family) {
    familiesOfChild.computeIfAbsent(child, id -> new LinkedHashSet<>()).add(family);
  }

  private Set<String> familiesOf(String child) {
    return familiesOfChild.getOrDefault(child, Set.of());
  }

  private List<CsvRow> rows(ImportFileKind kind) {
    return read.table(kind).map(CsvTable::rows).orElse(List.of());
  }

  private static String id(CsvRow row, ImportFileKind kind) {
    return value(row, kind.idColumn());
  }

  private static String kindId(CsvRow row) {
    return value(row, "kind_id");
  }

  private static String value(CsvRow row, String column) {
    return row.value(column).strip();
  }
}
