package nl.ouderportaal.domain.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Takes the CSV files out of uploaded ZIPs without trusting them. Sizes are counted while
 * inflating, never taken from the ZIP's headers, which can claim anything; every entry is inflated
 * through the same count, also those we skip, because skipping an entry inflates it too. One
 * instance reads the ZIPs of one import: together they may inflate to {@link
 * ImportLimits#MAX_UNCOMPRESSED_BYTES}.
 */
final class ZipUploads {

  /**
   * Entry names are CP437 unless the ZIP marks them as UTF-8 (the ZIP specification); read as UTF-8
   * an old Windows ZIP with "ë" in a name would be refused as broken.
   */
  private static final Charset ENTRY_NAMES = Charset.forName("IBM437");

  private long inflated;

  /** Refuses the whole ZIP, with its one problem. */
  private static final class Refused extends Exception {
    private final ImportProblem problem;

    Refused(ImportProblem problem) {
      super(problem.messageKey(), null, false, false);
      this.problem = problem;
    }
  }

  /** The CSV files in a ZIP, named by their path in it; none when the ZIP is refused. */
  List<UploadedFile> csvFiles(UploadedFile zip, List<ImportProblem> problems) {
    if (!startsLikeZip(zip.content())) {
      problems.add(ImportProblem.aboutFile(zip.name(), "import.zipInvalid", zip.name()));
      return List.of();
    }
    List<ImportProblem> entryProblems = new ArrayList<>();
    try {
      List<UploadedFile> files = read(zip, entryProblems);
      problems.addAll(entryProblems);
      if (files.isEmpty() && entryProblems.isEmpty()) {
        problems.add(ImportProblem.aboutFile(zip.name(), "import.zipNoCsv", zip.name()));
      }
      return files;
    } catch (Refused refused) {
      problems.add(refused.problem);
    } catch (IOException | IllegalArgumentException broken) {
      // a damaged or encrypted entry, or a size that does not match what the header said
      problems.add(ImportProblem.aboutFile(zip.name(), "import.zipInvalid", zip.name()));
    }
    return List.of();
  }

  private List<UploadedFile> read(UploadedFile zip, List<ImportProblem> problems)
      throws IOException, Refused {
    List<UploadedFile> files = new ArrayList<>();
    CountingInputStream compressed =
        new CountingInputStream(new ByteArrayInputStream(zip.content()));
    try (ZipInputStream entries = new ZipInputStream(compressed, ENTRY_NAMES)) {
      int count = 0;
      ZipEntry entry;
      while ((entry = entries.getNextEntry()) != null) {
        if (++count > ImportLimits.MAX_ZIP_ENTRIES) {
          throw refused(zip, "import.zipTooManyEntries", zip.name(), ImportLimits.MAX_ZIP_ENTRIES);
        }
        String name = entry.getName();
        if (climbsOut(name)) {
          throw refused(zip, "import.zipPath", zip.name(), name);
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        boolean csv = !entry.isDirectory() && !isSystemFile(name) && lowerCase.endsWith(".csv");
        Optional<byte[]> content = inflate(zip, entries, compressed, csv);
        if (lowerCase.endsWith(".zip") && !isSystemFile(name)) {
          problems.add(ImportProblem.aboutFile(name, "import.zipNested", name, zip.name()));
        }
        content.ifPresent(bytes -> files.add(new UploadedFile(name, bytes)));
      }
    }
    return files;
  }

  /**
   * Inflates the current entry, counting what comes out against the limits; keeps it only when
   * asked. The compressed bytes are counted as the ZIP stream takes them from the upload, which is
   * a few hundred bytes ahead at most.
   */
  private Optional<byte[]> inflate(
      UploadedFile zip, ZipInputStream entries, CountingInputStream compressed, boolean keep)
      throws IOException, Refused {
    long compressedAtStart = compressed.count();
    long entryBytes = 0;
    ByteArrayOutputStream content = keep ? new ByteArrayOutputStream() : null;
    byte[] buffer = new byte[8192];
    int read;
    while ((read = entries.read(buffer)) != -1) {
      entryBytes += read;
      inflated += read;
      long compressedBytes = Math.max(1, compressed.count() - compressedAtStart);
      if (inflated > ImportLimits.MAX_UNCOMPRESSED_BYTES
          || entryBytes > ImportLimits.MIN_BYTES_FOR_RATIO
              && entryBytes > compressedBytes * ImportLimits.MAX_COMPRESSION_RATIO) {
        throw refused(
            zip,
            "import.zipBomb",
            zip.name(),
            ImportLimits.megabytes(ImportLimits.MAX_UNCOMPRESSED_BYTES));
      }
      if (keep) {
        content.write(buffer, 0, read);
      }
    }
    return keep ? Optional.of(content.toByteArray()) : Optional.empty();
  }

  private static Refused refused(UploadedFile zip, String key, java.io.Serializable... arguments) {
    return new Refused(ImportProblem.aboutFile(zip.name(), key, arguments));
  }

  /** A local file header, or the end record of an empty ZIP. */
  private static boolean startsLikeZip(byte[] content) {
    return content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && (content[2] == 3 && content[3] == 4 || content[2] == 5 && content[3] == 6);
  }

  /** An absolute path or one with {@code ..}, which an unpacking tool would write outside. */
  static boolean climbsOut(String name) {
    String path = name.replace('\\', '/');
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String segment : path.split("/")) {
      if (segment.strip().equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** What macOS and Windows add to a folder they zip: no one's data. */
  static boolean isSystemFile(String name) {
    String path = name.replace('\\', '/');
    String baseName = path.substring(path.lastIndexOf('/') + 1);
    return path.startsWith("__MACOSX/")
        || path.contains("/__MACOSX/")
        || baseName.startsWith(".")
        || baseName.equalsIgnoreCase("Thumbs.db")
        || baseName.equalsIgnoreCase("desktop.ini");
  }

  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
