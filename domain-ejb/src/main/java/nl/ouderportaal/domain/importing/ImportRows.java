package nl.ouderportaal.domain.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads every row of the tables into a typed record, or into the problems that say why it cannot
 * be. A row with any problem is left out, so what comes out can be trusted field by field; whether
 * the rows fit together (a contract's child, a day part that fits the location) is checked after,
 * with all files at hand.
 */
public final class ImportRows {

  /**
   * The rows that could be read, in file order, and all problems: those of reading the files first,
   * then those of the rows, file by file in {@link ImportFileKind} order.
   */
  public record Parsed(
      List<LocationRow> locations,
      List<GroupRow> groups,
      List<FamilyRow> families,
      List<ChildRow> children,
      List<ContractRow> contracts,
      List<PlacementRow> placements,
      List<ImportProblem> problems) {

    public Parsed {
      locations = List.copyOf(locations);
      groups = List.copyOf(groups);
      families = List.copyOf(families);
      children = List.copyOf(children);
      contracts = List.copyOf(contracts);
      placements = List.copyOf(placements);
      problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
      return !problems.isEmpty();
    }
  }

  private ImportRows() {}

  /** {@code today} decides which dates of birth are in the future. */
  public static Parsed parse(ImportFiles.Read read, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    return new Parsed(
        rows(read, ImportFileKind.LOCATIONS, LocationRow::read, problems),
        rows(read, ImportFileKind.GROUPS, GroupRow::read, problems),
        rows(read, ImportFileKind.FAMILIES, FamilyRow::read, problems),
        rows(read, ImportFileKind.CHILDREN, fields -> ChildRow.read(fields, today), problems),
        rows(read, ImportFileKind.CONTRACTS, ContractRow::read, problems),
        rows(read, ImportFileKind.PLACEMENTS, PlacementRow::read, problems),
        problems);
  }

  /**
   * The rows of one table. An id that occurs twice is a problem on the later row, whatever else is
   * wrong with either: the service desk has to correct both.
   */
  private static <T> List<T> rows(
      ImportFiles.Read read,
      ImportFileKind kind,
      Function<Fields, Optional<T>> reader,
      List<ImportProblem> problems) {
    Optional<CsvTable> table = read.table(kind);
    if (table.isEmpty()) {
      return List.of();
    }
    List<T> rows = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    for (CsvRow row : table.get().rows()) {
      Fields fields = new Fields(table.get().fileName(), row, problems);
      Optional<T> parsed = reader.apply(fields);
      String id = row.value(kind.idColumn()).strip();
      if (!id.isEmpty()) {
        Integer firstLine = firstLines.putIfAbsent(id, row.line());
        if (firstLine != null) {
          fields.problem(kind.idColumn(), "import.duplicateId", id, firstLine);
        }
      }
      if (!fields.hasProblems()) {
        parsed.ifPresent(rows::add);
      }
    }
    return rows;
  }
}
