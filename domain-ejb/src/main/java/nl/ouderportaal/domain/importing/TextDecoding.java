package nl.ouderportaal.domain.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes of a CSV file as text. Excel saves "CSV UTF-8" with a byte order mark, but its plain
 * "CSV" in Dutch Windows is Windows-1252, so "Zoë" can come as one byte. A strict UTF-8 decoder
 * tells them apart: Windows-1252 text with letters like ë is almost never valid UTF-8.
 */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Ctrl-Z, which old DOS programs still write at the end of a text file. */
  private static final byte END_OF_FILE = 0x1A;

  private TextDecoding() {}

  /** The text, or empty when the content looks like a binary file (an Excel file, an image). */
  static Optional<String> decode(byte[] bytes) {
    int start = startsWithUtf8Bom(bytes) ? 3 : 0;
    if (looksBinary(bytes, start)) {
      return Optional.empty();
    }
    int end = bytes.length;
    if (end > start && bytes[end - 1] == END_OF_FILE) {
      end--;
    }
    return Optional.of(text(bytes, start, end));
  }

  private static String text(byte[] bytes, int start, int end) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, start, end - start, WINDOWS_1252);
    }
  }

  private static boolean startsWithUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * Text never holds NUL, and hardly any other control character than tab and line breaks; a few
   * stray ones in a long file are still text.
   */
  private static boolean looksBinary(byte[] bytes, int start) {
    int end = Math.min(bytes.length, start + ImportLimits.BINARY_SAMPLE_BYTES);
    int controls = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        controls++;
      }
    }
    return controls > 3 && controls * 100 > end - start;
  }
}
