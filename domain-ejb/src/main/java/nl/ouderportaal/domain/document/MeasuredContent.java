package nl.ouderportaal.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Content on its way into the blob store, measured as it passes: the number of bytes and the
 * SHA-256. So a file of any size gets its size and fingerprint in the same single pass that stores
 * it, without being held in memory or read twice.
 *
 * <p>A plain {@link InputStream} rather than a {@code FilterInputStream}: its {@code skip} reads
 * through {@link #read(byte[], int, int)}, so skipped bytes are counted and hashed too, and it has
 * no mark and reset that would count bytes twice.
 */
final class MeasuredContent extends InputStream {

  private final InputStream content;
  private final MessageDigest digest;
  private long size;
  private String sha256;

  MeasuredContent(InputStream content) {
    this.content = Objects.requireNonNull(content, "content");
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = content.read();
    if (b == -1) {
      ended();
    } else {
      digest.update((byte) b);
      size++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = content.read(buffer, offset, length);
    if (n == -1) {
      ended();
    } else {
      digest.update(buffer, offset, n);
      size += n;
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    return content.available();
  }

  @Override
  public void close() throws IOException {
    content.close();
  }

  private void ended() {
    if (sha256 == null) {
      sha256 = HexFormat.of().formatHex(digest.digest());
    }
  }

  /** The bytes read so far. */
  long size() {
    return size;
  }

  /** Whether the content was read to its end. */
  boolean isComplete() {
    return sha256 != null;
  }

  /**
   * The SHA-256 of the whole content, in lower-case hex; only once it was read to its end, since
   * the hash of a part would be a wrong fingerprint.
   */
  String sha256() {
    if (sha256 == null) {
      throw new IllegalStateException("The content was not read to its end");
    }
    return sha256;
  }
}
