package nl.ouderportaal.domain.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a CSV file: the physical line it starts on (a quoted field may hold line breaks, so
 * the next record need not be on the next line) and its values by column name, as in {@link
 * ImportFileKind}. A column the file does not have is absent from the map.
 */
public record CsvRow(int line, Map<String, String> values) {

  public CsvRow {
    if (line < 2) {
      throw new IllegalArgumentException("line " + line + " is the header or before it");
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values)));
  }

  /** The value of a column, "" when the field is empty or the file has no such column. */
  public String value(String column) {
    return values.getOrDefault(column, "");
  }
}
