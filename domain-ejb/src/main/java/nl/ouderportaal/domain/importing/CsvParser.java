package nl.ouderportaal.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Splits CSV text into records of fields, the way Excel writes and reads them: the separator is
 * whatever the header uses most ({@code ;} from a Dutch Excel, {@code ,} or a tab from elsewhere);
 * a field in double quotes may hold separators and line breaks, and {@code ""} in it is one quote;
 * a line ends with CRLF, LF or, from an old Mac Excel, CR alone. Spaces around an unquoted field
 * are not part of it. Each record keeps the physical line it starts on.
 */
final class CsvParser {

  /** One record: the line it starts on and its fields. */
  record Record(int line, List<String> fields) {

    boolean isBlank() {
      return fields.stream().allMatch(String::isEmpty);
    }
  }

  /** The records of a text, and the line of a quote that was never closed, if any. */
  record Records(char separator, List<Record> records, OptionalInt unterminatedQuoteLine) {}

  private static final char QUOTE = '"';

  private final String text;
  private final char separator;
  private int position;
  private int line = 1;

  private CsvParser(String text, char separator) {
    this.text = text;
    this.separator = separator;
  }

  static Records parse(String text) {
    char separator = separatorOf(text);
    return new CsvParser(text, separator).records();
  }

  /**
   * The separator that occurs most often outside quotes in the header, the first line that is not
   * blank. On a tie the Dutch {@code ;} wins; a header of one column has none, and then it does not
   * matter.
   */
  static char separatorOf(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == QUOTE) {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (semicolons >= commas && semicolons >= tabs) {
      return ';';
    }
    return tabs >= commas ? '\t' : ',';
  }

  private Records records() {
    List<Record> records = new ArrayList<>();
    while (position < text.length()) {
      int start = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        String field = field();
        if (field == null) {
          return new Records(separator, records, OptionalInt.of(start));
        }
        fields.add(field);
        if (position < text.length() && text.charAt(position) == separator) {
          position++;
        } else {
          lineBreak();
          break;
        }
      }
      records.add(new Record(start, List.copyOf(fields)));
    }
    return new Records(separator, records, OptionalInt.empty());
  }

  /** The field at the position, which is left at its separator or line end; null if unclosed. */
  private String field() {
    int afterSpaces = position;
    while (afterSpaces < text.length() && isSpace(text.charAt(afterSpaces))) {
      afterSpaces++;
    }
    if (afterSpaces < text.length() && text.charAt(afterSpaces) == QUOTE) {
      position = afterSpaces + 1;
      String quoted = quotedRest();
      // Excel never writes text after the closing quote; if someone did, it belongs to the field
      return quoted == null ? null : quoted + unquoted();
    }
    return unquoted();
  }

  private String unquoted() {
    int start = position;
    while (position < text.length() && !endsField(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position).strip();
  }

  private String quotedRest() {
    StringBuilder value = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == QUOTE) {
        if (position < text.length() && text.charAt(position) == QUOTE) {
          value.append(QUOTE);
          position++;
        } else {
          return value.toString();
        }
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
          position++;
        }
        value.append('\n');
        line++;
      } else {
        value.append(c);
      }
    }
    return null;
  }

  private void lineBreak() {
    if (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
        position++;
      }
      line++;
    }
  }

  private boolean endsField(char c) {
    return c == separator || c == '\n' || c == '\r';
  }

  private boolean isSpace(char c) {
    return c != separator && (c == ' ' || c == '\t');
  }
}
