package nl.ouderportaal.domain.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo's diary and albums, drawn rather than shipped: a sky, a sun, hills and a
 * few coloured balls, different for every seed. They go through the same upload pipeline as a
 * parent's photo.
 */
final class DemoPictures {

  private DemoPictures() {}

  static InputStream picture(long seed) {
    Random random = new Random(seed);
    int width = 1200;
    int height = 900;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color sky = Color.getHSBColor(0.52f + random.nextFloat() * 0.1f, 0.45f, 0.95f);
    g.setPaint(new GradientPaint(0, 0, sky, 0, height * 0.6f, Color.WHITE));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(255, 205, 60));
    int sun = 120 + random.nextInt(60);
    g.fillOval(80 + random.nextInt(width - 400), 60 + random.nextInt(80), sun, sun);
    for (int hill = 0; hill < 3; hill++) {
      g.setColor(Color.getHSBColor(0.25f + hill * 0.04f, 0.55f, 0.75f - hill * 0.12f));
      int w = width + random.nextInt(400);
      g.fillOval(-200 + random.nextInt(600) - 300, (int) (height * 0.55) + hill * 70, w, height);
    }
    for (int ball = 0; ball < 5; ball++) {
      g.setColor(Color.getHSBColor(random.nextFloat(), 0.7f, 0.95f));
      int size = 60 + random.nextInt(90);
      g.fillOval(
          random.nextInt(width - size), height / 2 + random.nextInt(height / 2 - size), size, size);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
