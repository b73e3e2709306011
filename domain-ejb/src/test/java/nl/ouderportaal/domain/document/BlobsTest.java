package nl.ouderportaal.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.MigrateOnBoot;
import nl.ouderportaal.domain.platform.NotFoundException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The blob store on the server's H2 (2.2) with the real migrations, outside the server: the same
 * SQL and JDBC calls as in production, without the container's transactions. PostgreSQL is left to
 * the system tests.
 */
class BlobsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

  private Blobs blobs;

  @BeforeEach
  void freshDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:blobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);
    blobs = new Blobs(dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void storesContentAndGivesItBackByteForByte() throws Exception {
    byte[] file = new byte[3 * 1024 * 1024 + 5];
    new Random(3).nextBytes(file);

    UUID id = blobs.store("image/jpeg", new ByteArrayInputStream(file));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    blobs.streamTo(id, out);
    assertThat(out.toByteArray()).isEqualTo(file);
  }

  @Test
  void knowsTypeSizeAndFingerprintWithoutReadingTheContent() throws Exception {
    byte[] file = "%PDF-1.7 een jaaropgave".getBytes(StandardCharsets.UTF_8);

    UUID id = blobs.store("application/pdf", new ByteArrayInputStream(file));

    BlobInfo info = blobs.info(id).orElseThrow();
    assertThat(info.id()).isEqualTo(id);
    assertThat(info.contentType()).isEqualTo("application/pdf");
    assertThat(info.sizeBytes()).isEqualTo(file.length);
    assertThat(info.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
    assertThat(info.createdAt()).isEqualTo(NOW);
  }

  @Test
  void anEmptyFileIsStoredToo() {
    UUID id = blobs.store("text/plain", new ByteArrayInputStream(new byte[0]));

    assertThat(blobs.info(id).orElseThrow().sizeBytes()).isZero();
  }

  @Test
  void everyStoreIsANewBlobEvenForTheSameContent() {
    UUID first = blobs.store("text/plain", new ByteArrayInputStream(new byte[] {1, 2}));
    UUID second = blobs.store("text/plain", new ByteArrayInputStream(new byte[] {1, 2}));

    assertThat(first).isNotEqualTo(second);
    assertThat(blobs.info(first).orElseThrow().sha256())
        .isEqualTo(blobs.info(second).orElseThrow().sha256());
  }

  @Test
  void aDeletedBlobIsGoneAndDeletingItAgainDoesNothing() {
    UUID id = blobs.store("image/jpeg", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    UUID other = blobs.store("image/jpeg", new ByteArrayInputStream(new byte[] {4}));

    blobs.delete(id);
    blobs.delete(id);

    assertThat(blobs.info(id)).isEmpty();
    assertThatThrownBy(() -> blobs.streamTo(id, new ByteArrayOutputStream()))
        .isInstanceOf(NotFoundException.class);
    assertThat(blobs.info(other)).isPresent();
  }

  @Test
  void anUnknownIdIsNotFound() {
    UUID unknown = UUID.randomUUID();

    assertThat(blobs.info(unknown)).isEmpty();
    assertThatThrownBy(() -> blobs.streamTo(unknown, new ByteArrayOutputStream()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aContentTypeIsRequired() {
    assertThatThrownBy(() -> blobs.store(" ", new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blobs.store("x".repeat(101), new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUploadedPdfIsStoredByteForByte() throws Exception {
    byte[] pdf = "%PDF-1.7 een nieuwsbrief".getBytes(StandardCharsets.US_ASCII);

    UUID id = PdfUpload.store(blobs, pdf.length, new ByteArrayInputStream(pdf));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    blobs.streamTo(id, out);
    assertThat(out.toByteArray()).isEqualTo(pdf);
    assertThat(blobs.info(id).orElseThrow().contentType()).isEqualTo("application/pdf");
  }

  @Test
  void anUploadThatTurnsOutTooLargeWhileStoredIsRefusedWithThatReasonThroughTheDriver() {
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream("%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new InputStream() {
              @Override
              public int read() {
                return 'x';
              }
            });

    assertThatThrownBy(() -> PdfUpload.store(blobs, -1, endless))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("document.tooLarge");
    assertThatThrownBy(
            () ->
                PdfUpload.store(
                    blobs, -1, new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("document.notPdf");
  }
}
