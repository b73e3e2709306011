package nl.ouderportaal.domain.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A problem the check of an upload found, kept so that the service desk can page through them. The
 * arguments of its message are kept as text, each with its type, so that a day is shown as a day
 * and a number as a number in the language of whoever reads it.
 */
@Entity
@Table(name = "import_problem")
@NamedQuery(
    name = "StoredProblem.ofUpload",
    query = "select p from StoredProblem p where p.key.uploadId = :upload order by p.key.position")
@NamedQuery(
    name = "StoredProblem.deleteOfUpload",
    query = "delete from StoredProblem p where p.key.uploadId = :upload")
public class StoredProblem {

  /** The upload and the place of the problem in its list. */
  @Embeddable
  public record Key(
      @Column(name = "upload_id") UUID uploadId, @Column(name = "position") int position)
      implements Serializable {}

  private static final char SEPARATOR = '\u001f';

  @EmbeddedId private Key key;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "line_number", nullable = false)
  private int line;

  @Column(name = "column_name")
  private String column;

  @Column(name = "message_key", nullable = false)
  private String messageKey;

  @Column(nullable = false)
  private String arguments;

  protected StoredProblem() {}

  StoredProblem(UUID uploadId, int position, ImportProblem problem) {
    this.key = new Key(uploadId, position);
    this.fileName = cut(problem.file(), 255);
    this.line = problem.line();
    this.column = cut(problem.column(), 100);
    this.messageKey = problem.messageKey();
    this.arguments = encode(problem.arguments());
  }

  ImportProblem problem() {
    return new ImportProblem(fileName, line, column, messageKey, decode(arguments));
  }

  /** "s:text", "i:12", "l:12", "d:2027-01-04", one after the other. */
  static String encode(List<Serializable> arguments) {
    StringBuilder text = new StringBuilder();
    for (Serializable argument : arguments) {
      if (!text.isEmpty()) {
        text.append(SEPARATOR);
      }
      String value = String.valueOf(argument).replace(SEPARATOR, ' ');
      char type =
          argument instanceof Integer
              ? 'i'
              : argument instanceof Long ? 'l' : argument instanceof LocalDate ? 'd' : 's';
      text.append(type).append(':').append(value);
    }
    return cut(text.toString(), 2000);
  }

  static List<Serializable> decode(String text) {
    List<Serializable> arguments = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return arguments;
    }
    for (String part : text.split(String.valueOf(SEPARATOR), -1)) {
      String value = part.length() > 2 ? part.substring(2) : "";
      arguments.add(
          switch (part.isEmpty() ? 's' : part.charAt(0)) {
            case 'i' -> Integer.valueOf(value);
            case 'l' -> Long.valueOf(value);
            case 'd' -> LocalDate.parse(value);
            default -> value;
          });
    }
    return arguments;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
