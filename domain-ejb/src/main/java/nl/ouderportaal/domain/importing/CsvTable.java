package nl.ouderportaal.domain.importing;

import java.util.List;
import java.util.Objects;

/**
 * A CSV file that could be read: its kind, its name as uploaded (inside a ZIP: the path in the
 * ZIP), its header as column names of {@link ImportFileKind} in the file's order, and its rows with
 * the right number of fields.
 */
public record CsvTable(
    ImportFileKind kind, String fileName, List<String> header, List<CsvRow> rows) {

  public CsvTable {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
