package nl.ouderportaal.domain.diary;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the test itself, so no binary fixture hides what a test is about. */
final class TestImages {

  static final int RED = 0xFF0000;
  static final int BLUE = 0x0000FF;

  private TestImages() {}

  /** An image with a red quarter at the top left; the rest is blue. */
  static BufferedImage redTopLeft(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height / 2);
    g.dispose();
    return image;
  }

  static BufferedImage plain(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 160, 90));
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  static byte[] jpeg(BufferedImage image) {
    return write(image, "jpeg");
  }

  static byte[] png(BufferedImage image) {
    return write(image, "png");
  }

  static byte[] gif(BufferedImage image) {
    return write(image, "gif");
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG whose header declares another size than its pixel data has, with a valid CRC. */
  static byte[] pngDeclaring(int width, int height) {
    byte[] png = png(plain(1, 1));
    // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ... CRC after 13 bytes
    ByteBuffer buffer = ByteBuffer.wrap(png);
    buffer.putInt(16, width);
    buffer.putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 4 + 13);
    buffer.putInt(12 + 4 + 13, (int) crc.getValue());
    return png;
  }

  /** The JPEG with an APP1 segment inserted right after its start-of-image marker. */
  static byte[] withApp1(byte[] jpeg, byte[] app1Payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    int length = app1Payload.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(app1Payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /**
   * An EXIF segment's payload written by hand (big-endian TIFF): IFD0 with the orientation and, if
   * asked, a pointer to a GPS IFD with a latitude and longitude in the Netherlands.
   */
  static byte[] exif(int orientation, boolean withGps) {
    ByteBuffer tiff = ByteBuffer.allocate(200);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    int gpsIfd = 8 + 2 + 2 * 12 + 4; // right after IFD0 with its two entries
    tiff.putShort((short) (withGps ? 2 : 1));
    entry(tiff, 0x0112, 3, 1, orientation << 16); // SHORT, left-justified in the value field
    if (withGps) {
      entry(tiff, 0x8825, 4, 1, gpsIfd);
    }
    tiff.putInt(0); // no next IFD
    if (withGps) {
      int rationals = gpsIfd + 2 + 4 * 12 + 4;
      tiff.putShort((short) 4);
      entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef "N\0"
      entry(tiff, 0x0002, 5, 3, rationals); // GPSLatitude 52/1 5/1 1234/100
      entry(tiff, 0x0003, 2, 2, 'E' << 24); // GPSLongitudeRef "E\0"
      entry(tiff, 0x0004, 5, 3, rationals + 24); // GPSLongitude 4/1 53/1 4321/100
      tiff.putInt(0);
      for (int value : new int[] {52, 1, 5, 1, 1234, 100, 4, 1, 53, 1, 4321, 100}) {
        tiff.putInt(value);
      }
    }
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    payload.write(tiff.array(), 0, tiff.position());
    return payload.toByteArray();
  }

  private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
    tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  /** The markers of a JPEG's segments before its image data, with the first bytes of each. */
  static List<String> segments(byte[] jpeg) {
    List<String> segments = new ArrayList<>();
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
      int marker = jpeg[at + 1] & 0xFF;
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      String start =
          new String(
              jpeg, at + 4, Math.min(4, Math.max(0, length - 2)), StandardCharsets.ISO_8859_1);
      segments.add(String.format("%02X %s", marker, start));
      if (marker == 0xDA) {
        break; // start of scan: image data follows
      }
      at += 2 + length;
    }
    return segments;
  }
}
