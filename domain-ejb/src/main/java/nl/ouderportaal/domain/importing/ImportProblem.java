package nl.ouderportaal.domain.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Something the service desk has to correct before the import can run: where (the file, the line as
 * a text editor or Excel numbers it with the header as line 1, the column) and what, as a message
 * key with its arguments. A problem about a whole file has line 0 and no column, one about all
 * uploads together no file either; one about a whole row has its line and no column. Serializable,
 * so a batch job can keep the list.
 */
public record ImportProblem(
    String file, int line, String column, String messageKey, List<Serializable> arguments)
    implements Serializable {

  public ImportProblem {
    Objects.requireNonNull(messageKey, "messageKey");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line);
    }
    file = shortened(file);
    column = shortened(column);
    arguments =
        List.copyOf(
            arguments.stream()
                .map(argument -> argument instanceof String text ? shortened(text) : argument)
                .toList());
  }

  private static String shortened(String text) {
    int maximum = ImportLimits.MAX_TEXT_IN_PROBLEM;
    return text == null || text.length() <= maximum ? text : text.substring(0, maximum) + "…";
  }

  /** A problem with all uploads together or with a whole file ({@code file} null for all). */
  static ImportProblem aboutFile(String file, String messageKey, Serializable... arguments) {
    return new ImportProblem(file, 0, null, messageKey, List.of(arguments));
  }

  /** A problem with a row ({@code column} null) or with one field of it. */
  static ImportProblem at(
      String file, int line, String column, String messageKey, Serializable... arguments) {
    return new ImportProblem(file, line, column, messageKey, List.of(arguments));
  }

  @Override
  public String toString() {
    return (file == null ? "" : file)
        + (line > 0 ? ":" + line : "")
        + (column == null ? "" : " [" + column + "]")
        + " "
        + messageKey
        + " "
        + arguments;
  }
}
