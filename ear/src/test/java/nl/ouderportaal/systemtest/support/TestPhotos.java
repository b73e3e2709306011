package nl.ouderportaal.systemtest.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Photos made on the spot for tests: a small JPEG with a coloured square. */
public final class TestPhotos {

  private TestPhotos() {}

  public static byte[] jpeg(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(color);
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A small JPEG in a file, as a phone would send one, for a browser's file field. */
  public static java.nio.file.Path jpegFile(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.write(file, jpeg(320, 240, Color.BLUE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static InputStream jpegStream() {
    return new ByteArrayInputStream(jpeg(320, 240, Color.ORANGE));
  }
}
