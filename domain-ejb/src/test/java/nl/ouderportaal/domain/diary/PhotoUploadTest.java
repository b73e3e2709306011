package nl.ouderportaal.domain.diary;

import static nl.ouderportaal.domain.diary.TestImages.BLUE;
import static nl.ouderportaal.domain.diary.TestImages.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoUploadTest {

  /**
   * 48 x 32 WebP images made with cwebp from a PNG whose left half is opaque red and whose right
   * half is half-transparent blue: a lossless one and a lossy one with an alpha channel. No Java
   * library writes WebP, so they are kept here as text.
   */
  private static final String LOSSLESS_WEBP =
      "UklGRigAAABXRUJQVlA4TBsAAAAvL8AHEA8Q+z//D/yPCmLBZP7SGXRH9D9QnQMA";

  private static final String LOSSY_WEBP =
      "UklGRo4AAABXRUJQVlA4WAoAAAAQAAAALwAAHwAAQUxQSBQAAAABD/DA/4iIIBZM5i+dQXdE/wPVOVZQOCBUAAAAcAQAnQEq"
          + "MAAgAD5tLJJFpCKhmAQAQAbEoAwrnA/gH4AaYD8AP1mAP6jqSoAA/vCauInhb9rhMAM4Qv/yA/8b//6wVdL1/14F"
          + "+CwTT74/MEzYAAAA";

  @Test
  void aTextFileNamedJpgIsNotAnImage() {
    byte[] vacationJpg =
        "Dit is geen foto, al heet het bestand vakantie.jpg".getBytes(StandardCharsets.UTF_8);

    assertThat(refusal(vacationJpg)).isEqualTo("photo.notAnImage");
  }

  @Test
  void anEmptyUploadIsRefusedAsEmpty() {
    assertThat(refusal(new byte[0])).isEqualTo("photo.empty");
  }

  @Test
  void aGifIsRefusedThoughTheJdkCouldReadIt() {
    assertThat(refusal(TestImages.gif(TestImages.plain(50, 50)))).isEqualTo("photo.notAnImage");
  }

  @Test
  void aTruncatedJpegIsUnreadable() {
    byte[] jpeg = TestImages.jpeg(TestImages.redTopLeft(800, 600));
    byte[] firstHalf = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertThat(refusal(firstHalf)).isEqualTo("photo.unreadable");
  }

  @Test
  void aTruncatedPngIsUnreadable() {
    byte[] png = TestImages.png(TestImages.redTopLeft(800, 600));
    byte[] firstHalf = Arrays.copyOf(png, png.length / 2);

    assertThat(refusal(firstHalf)).isEqualTo("photo.unreadable");
  }

  @Test
  void aPixelBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
    // 900 megapixels: decoding would need 2.7 GB or more before it noticed the missing data
    byte[] bomb = TestImages.pngDeclaring(30_000, 30_000);

    assertThat(bomb).hasSizeLessThan(100);
    assertThat(refusal(bomb)).isEqualTo("photo.tooManyPixels");
  }

  @Test
  void aHeaderJustUnderThePixelLimitGetsToTheDecoder() {
    byte[] underTheLimit = TestImages.pngDeclaring(7_000, 7_000); // 49 MP, but no pixel data

    assertThat(refusal(underTheLimit)).isEqualTo("photo.unreadable");
  }

  @Test
  void anUploadOverTwentyMegabytesIsRefusedWithoutReadingItAll() {
    CountingZeros upload = new CountingZeros(21L * 1024 * 1024);

    BusinessException refused =
        catchThrowableOfType(BusinessException.class, () -> PhotoUpload.process(upload));

    assertThat(refused.messageKey()).isEqualTo("photo.tooLarge");
    assertThat(refused.arguments()).containsExactly(20);
    assertThat(upload.read).isEqualTo(PhotoUpload.MAX_BYTES + 1L);
  }

  @Test
  void anUploadOfExactlyTwentyMegabytesIsLookedAt() {
    byte[] jpeg = TestImages.jpeg(TestImages.plain(40, 30));
    byte[] padded = Arrays.copyOf(jpeg, PhotoUpload.MAX_BYTES); // zeros after the end of image

    assertThat(PhotoUpload.process(new ByteArrayInputStream(padded)).web().width()).isEqualTo(40);
  }

  @Test
  void exifWithGpsIsGoneAfterProcessing() throws IOException {
    byte[] jpeg = TestImages.jpeg(TestImages.plain(300, 200));
    byte[] withGps = TestImages.withApp1(jpeg, TestImages.exif(1, true));
    assertThat(TestImages.segments(withGps)).contains("E1 Exif");

    ProcessedPhoto photo = process(withGps);

    for (byte[] out : new byte[][] {photo.web().jpeg(), photo.thumbnail().jpeg()}) {
      assertThat(TestImages.segments(out)).noneMatch(segment -> segment.startsWith("E1"));
      assertThat(new String(out, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
      assertThat(ImageIO.read(new ByteArrayInputStream(out))).isNotNull();
    }
  }

  @Test
  void orientationSixTurnsA200By100PhotoClockwiseInto100By200() {
    byte[] jpeg = TestImages.jpeg(TestImages.redTopLeft(200, 100));

    ProcessedPhoto photo = process(TestImages.withApp1(jpeg, TestImages.exif(6, false)));

    assertThat(photo.web().width()).isEqualTo(100);
    assertThat(photo.web().height()).isEqualTo(200);
    BufferedImage upright = decode(photo.web());
    assertThat(colourAt(upright, 75, 50)).isEqualTo(RED); // the top left went to the top right
    assertThat(colourAt(upright, 25, 50)).isEqualTo(BLUE);
  }

  /** Where the red top-left quarter of a 200 x 100 photo shows after each of the eight turns. */
  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({
    "1, 200, 100, top-left",
    "2, 200, 100, top-right",
    "3, 200, 100, bottom-right",
    "4, 200, 100, bottom-left",
    "5, 100, 200, top-left",
    "6, 100, 200, top-right",
    "7, 100, 200, bottom-right",
    "8, 100, 200, bottom-left"
  })
  void everyExifOrientationIsTurnedUpright(
      int orientation, int width, int height, String redCorner) {
    byte[] jpeg = TestImages.jpeg(TestImages.redTopLeft(200, 100));

    ProcessedPhoto photo = process(TestImages.withApp1(jpeg, TestImages.exif(orientation, true)));

    assertThat(photo.web().width()).isEqualTo(width);
    assertThat(photo.web().height()).isEqualTo(height);
    BufferedImage upright = decode(photo.web());
    for (String corner : new String[] {"top-left", "top-right", "bottom-left", "bottom-right"}) {
      int x = corner.endsWith("left") ? width / 4 : width * 3 / 4;
      int y = corner.startsWith("top") ? height / 4 : height * 3 / 4;
      assertThat(colourAt(upright, x, y))
          .as(corner)
          .isEqualTo(corner.equals(redCorner) ? RED : BLUE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {LOSSLESS_WEBP, LOSSY_WEBP})
  void aWebPIsAcceptedAndItsTransparencyFlattenedOnWhite(String webp) {
    ProcessedPhoto photo = process(Base64.getDecoder().decode(webp));

    assertThat(photo.sourceType()).isEqualTo("image/webp");
    assertThat(photo.web().width()).isEqualTo(48);
    assertThat(photo.web().height()).isEqualTo(32);
    BufferedImage web = decode(photo.web());
    assertThat(colourAt(web, 8, 16)).isEqualTo(RED);
    assertThat(colourAt(web, 40, 16)).isEqualTo(0x8080FF); // half blue over white
  }

  @Test
  void aTransparentPngIsFlattenedOnWhiteNotBlack() {
    BufferedImage sticker = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = sticker.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 30, 40); // the right half stays fully transparent
    g.dispose();

    ProcessedPhoto photo = process(TestImages.png(sticker));

    assertThat(photo.sourceType()).isEqualTo("image/png");
    BufferedImage web = decode(photo.web());
    assertThat(colourAt(web, 10, 20)).isEqualTo(RED);
    assertThat(colourAt(web, 50, 20)).isEqualTo(0xFFFFFF);
  }

  @Test
  void theWebSizeIsNeverLargerThanTheUpload() {
    ProcessedPhoto photo = process(TestImages.jpeg(TestImages.plain(300, 200)));

    assertThat(photo.sourceType()).isEqualTo("image/jpeg");
    assertThat(photo.web().width()).isEqualTo(300);
    assertThat(photo.web().height()).isEqualTo(200);
    assertThat(photo.thumbnail().width()).isEqualTo(300);
    assertThat(photo.thumbnail().height()).isEqualTo(200);
  }

  @Test
  void aLargeLandscapePhotoFitsIn1600AndItsThumbnailIn400() {
    ProcessedPhoto photo = process(TestImages.jpeg(TestImages.redTopLeft(4000, 3000)));

    assertThat(photo.web().width()).isEqualTo(1600);
    assertThat(photo.web().height()).isEqualTo(1200);
    assertThat(photo.thumbnail().width()).isEqualTo(400);
    assertThat(photo.thumbnail().height()).isEqualTo(300);
    assertThat(decode(photo.web()).getWidth()).isEqualTo(1600);
    assertThat(decode(photo.thumbnail()).getHeight()).isEqualTo(300);
    assertThat(colourAt(decode(photo.thumbnail()), 100, 75)).isEqualTo(RED);
  }

  @Test
  void aTallPhotoFitsWithItsLongestSide() {
    ProcessedPhoto photo = process(TestImages.png(TestImages.plain(1000, 3000)));

    assertThat(photo.web().width()).isEqualTo(533);
    assertThat(photo.web().height()).isEqualTo(1600);
    assertThat(photo.thumbnail().width()).isEqualTo(133);
    assertThat(photo.thumbnail().height()).isEqualTo(400);
  }

  @Test
  void aBrokenUploadStreamIsAnIoFailureNotARefusal() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> PhotoUpload.process(broken)))
        .hasRootCauseMessage("connection reset");
  }

  private static ProcessedPhoto process(byte[] upload) {
    return PhotoUpload.process(new ByteArrayInputStream(upload));
  }

  private static String refusal(byte[] upload) {
    BusinessException refused =
        catchThrowableOfType(BusinessException.class, () -> process(upload));
    assertThat(refused).as("refused").isNotNull();
    return refused.messageKey();
  }

  private static BufferedImage decode(ProcessedPhoto.Rendition rendition) {
    try {
      return ImageIO.read(rendition.open());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The colour at a point, with each channel rounded to 0, 0x80 or 0xFF against JPEG noise. */
  private static int colourAt(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    int colour = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int channel = (rgb >> shift) & 0xFF;
      int rounded = channel < 0x40 ? 0 : channel < 0xC0 ? 0x80 : 0xFF;
      colour |= rounded << shift;
    }
    return colour;
  }

  /** An upload of zeros that counts how much of it was read. */
  private static final class CountingZeros extends InputStream {
    private final long length;
    private long read;

    CountingZeros(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      if (read == length) {
        return -1;
      }
      read++;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (read == length) {
        return -1;
      }
      int n = (int) Math.min(count, length - read);
      Arrays.fill(buffer, offset, offset + n, (byte) 0);
      read += n;
      return n;
    }
  }
}
