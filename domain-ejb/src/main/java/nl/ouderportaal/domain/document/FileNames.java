package nl.ouderportaal.domain.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The name a download is saved under. It goes into a {@code Content-Disposition} header and onto
 * the parent's disk, never into a path of ours: so only letters, digits, dot, dash and underscore,
 * and always ending in {@code .pdf}. Public for the other features that store PDFs (newsletters).
 */
public final class FileNames {

  private FileNames() {}

  public static String safe(String name) {
    String plain =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("(?i)\\.pdf$", "")
            .replaceAll("[^A-Za-z0-9._-]+", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    if (plain.isEmpty()) {
      plain = "document";
    }
    if (plain.length() > 120) {
      plain = plain.substring(0, 120);
    }
    return plain.toLowerCase(Locale.ROOT) + ".pdf";
  }

  static String text(String value, int max, String what) {
    Objects.requireNonNull(value, what);
    String text = value.strip();
    if (text.isEmpty() || text.length() > max) {
      throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
    }
    return text;
  }
}
