package nl.ouderportaal.domain.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Uploads as the tests need them: CSV text in an encoding, and ZIPs built on the spot. */
final class Uploads {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Uploads() {}

  static UploadedFile csv(String name, String text) {
    return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static UploadedFile csv(String name, String text, Charset charset) {
    return new UploadedFile(name, text.getBytes(charset));
  }

  /** "CSV UTF-8" as Excel saves it: with a byte order mark. */
  static UploadedFile csvWithBom(String name, String text) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + content.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(content, 0, both, bom.length, content.length);
    return new UploadedFile(name, both);
  }

  /** A ZIP of the given entries, in their order; a name ending in / is a directory. */
  static UploadedFile zip(String name, Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new UploadedFile(name, bytes.toByteArray());
  }

  static UploadedFile zip(String name, UploadedFile... files) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (UploadedFile file : files) {
      entries.put(file.name(), file.content());
    }
    return zip(name, entries);
  }
}
