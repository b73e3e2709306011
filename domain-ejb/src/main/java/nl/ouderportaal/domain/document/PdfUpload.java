package nl.ouderportaal.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * An uploaded file on its way into the blob store, let through only while it is a PDF of allowed
 * size. The type is decided by the content, never by the name or the browser's Content-Type: the
 * first bytes must be {@code %PDF-}. The size is counted as the bytes pass, so a client that lies
 * about the length is stopped too. A refusal is a {@link BusinessException}, thrown while the blob
 * store reads, so the transaction rolls back and nothing of the file stays behind; it is also kept,
 * because a JDBC driver may wrap what a stream throws into an SQLException of its own.
 */
public final class PdfUpload extends InputStream {

  /** Ten megabytes: a scanned contract of a few pages fits easily. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final InputStream content;
  private final long maxBytes;
  private final byte[] head = new byte[MAGIC.length];
  private int headServed;
  private long count;
  private BusinessException refusal;

  PdfUpload(InputStream content, long maxBytes) {
    this.content = Objects.requireNonNull(content, "content");
    if (maxBytes < MAGIC.length) {
      throw new IllegalArgumentException("a limit below the size of a PDF header: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The upload, after its first bytes were read and found to be a PDF's.
   *
   * @throws BusinessException {@code document.empty} or {@code document.notPdf}
   */
  public static PdfUpload checked(InputStream content) throws IOException {
    return checked(content, MAX_BYTES);
  }

  static PdfUpload checked(InputStream content, long maxBytes) throws IOException {
    PdfUpload upload = new PdfUpload(content, maxBytes);
    int n = upload.content.readNBytes(upload.head, 0, upload.head.length);
    upload.count = n;
    if (n == 0) {
      throw upload.refuse(new BusinessException("document.empty").on("file"));
    }
    if (n < MAGIC.length || !Arrays.equals(upload.head, MAGIC)) {
      throw upload.refuse(new BusinessException("document.notPdf").on("file"));
    }
    return upload;
  }

  /**
   * Stores an uploaded PDF in the blob store, checked as it passes (see the class comment): the one
   * way every feature stores an upload that must be a PDF. A refusal rolls back the caller's
   * transaction, so nothing of the file stays behind.
   *
   * @param declaredSize the size the browser said, -1 when unknown; checked again while storing
   * @return the new blob's id
   * @throws BusinessException {@code document.empty}, {@code document.notPdf}, {@code
   *     document.tooLarge} or {@code document.unreadable}, each about the field {@code file}
   */
  public static UUID store(Blobs blobs, long declaredSize, InputStream content) {
    if (declaredSize >= 0) {
      checkDeclaredSize(declaredSize);
    }
    try (PdfUpload pdf = checked(content)) {
      try {
        return blobs.store("application/pdf", pdf);
      } catch (RuntimeException storing) {
        // a driver may wrap what the stream threw; the refusal is what the user needs to hear
        throw pdf.refusal().orElseThrow(() -> storing);
      }
    } catch (IOException e) {
      throw new BusinessException("document.unreadable").on("file");
    }
  }

  /**
   * Checks a size the browser declared before anything is read.
   *
   * @throws BusinessException {@code document.empty} or {@code document.tooLarge}
   */
  public static void checkDeclaredSize(long size) {
    if (size == 0) {
      throw new BusinessException("document.empty").on("file");
    }
    if (size > MAX_BYTES) {
      throw tooLarge(MAX_BYTES);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    if (headServed < head.length) {
      int n = Math.min(length, head.length - headServed);
      System.arraycopy(head, headServed, buffer, offset, n);
      headServed += n;
      return n;
    }
    int n = content.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      if (count > maxBytes) {
        throw refuse(tooLarge(maxBytes));
      }
    }
    return n;
  }

  /** Why the upload was refused while it was read, if it was. */
  public Optional<BusinessException> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The bytes read from the upload so far. */
  public long size() {
    return count;
  }

  @Override
  public void close() throws IOException {
    content.close();
  }

  private BusinessException refuse(BusinessException reason) {
    refusal = reason;
    return reason;
  }

  private static BusinessException tooLarge(long maxBytes) {
    return new BusinessException("document.tooLarge", maxBytes / (1024 * 1024)).on("file");
  }
}
