package nl.ouderportaal.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MeasuredContentTest {

  @Test
  void countsAndHashesWhatPassesThrough() throws IOException {
    MeasuredContent content = measured("abc".getBytes(StandardCharsets.US_ASCII));

    assertThat(content.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");

    assertThat(content.size()).isEqualTo(3);
    // the test vector of FIPS 180-2
    assertThat(content.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void emptyContentHasTheHashOfNothing() throws IOException {
    MeasuredContent content = measured(new byte[0]);

    assertThat(content.read()).isEqualTo(-1);

    assertThat(content.size()).isZero();
    assertThat(content.sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aLargeFileReadInPiecesAndSingleBytesGetsTheSameHashAsWhole() throws Exception {
    byte[] file = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(file);
    MeasuredContent content = measured(file);

    byte[] buffer = new byte[8191];
    while (content.read() != -1 && content.read(buffer, 1, 5000) != -1) {
      // mixing both kinds of read
    }

    assertThat(content.size()).isEqualTo(file.length);
    assertThat(content.sha256()).isEqualTo(sha256(file));
  }

  @Test
  void skippedBytesAreCountedAndHashed() throws Exception {
    byte[] file = "0123456789".getBytes(StandardCharsets.US_ASCII);
    MeasuredContent content = measured(file);

    assertThat(content.skip(4)).isEqualTo(4);
    content.readAllBytes();

    assertThat(content.size()).isEqualTo(10);
    assertThat(content.sha256()).isEqualTo(sha256(file));
  }

  @Test
  void thereIsNoHashOfContentThatWasNotReadToItsEnd() throws IOException {
    MeasuredContent content = measured("0123456789".getBytes(StandardCharsets.US_ASCII));

    for (int i = 0; i < 10; i++) {
      content.read(); // all bytes, but the end was not seen yet
    }

    assertThat(content.isComplete()).isFalse();
    assertThatThrownBy(content::sha256).isInstanceOf(IllegalStateException.class);
    assertThat(content.read()).isEqualTo(-1);
    assertThat(content.isComplete()).isTrue();
  }

  @Test
  void theHashStaysTheSameWhenAskedTwiceOrAfterMoreReadsAtTheEnd() throws IOException {
    MeasuredContent content = measured("abc".getBytes(StandardCharsets.US_ASCII));
    content.readAllBytes();
    String first = content.sha256();

    assertThat(content.read()).isEqualTo(-1);

    assertThat(content.sha256()).isEqualTo(first);
  }

  @Test
  void markAndResetAreNotOffered() {
    MeasuredContent content = measured(new byte[10]);

    assertThat(content.markSupported()).isFalse();
    assertThatThrownBy(content::reset).isInstanceOf(IOException.class);
  }

  @Test
  void closingClosesTheContent() throws IOException {
    boolean[] closed = {false};
    InputStream source =
        new ByteArrayInputStream(new byte[1]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new MeasuredContent(source).close();

    assertThat(closed[0]).isTrue();
  }

  private static MeasuredContent measured(byte[] bytes) {
    return new MeasuredContent(new ByteArrayInputStream(bytes));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
