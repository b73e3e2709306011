package nl.ouderportaal.domain.diary;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * Turns an uploaded file into a photo we are willing to keep and show (SECURITY.md, "Input, output
 * and files"). What the file is, is decided by its content alone, never by its name or the
 * Content-Type the browser sent. The photo is drawn anew and encoded as a fresh JPEG, which turns
 * it upright and leaves all of the original's metadata behind: EXIF with the GPS position of a
 * family's home, camera serials, embedded thumbnails that may still show what was cropped away.
 *
 * <p>The checks come in the order of their cost, so that a hostile file is refused before it costs
 * much: the byte count while reading, the pixel count from the header before any pixel is decoded
 * (a small PNG can declare a picture that needs gigabytes of memory), and only then decoding.
 *
 * <p>A refusal is a {@link BusinessException} with one of the keys {@code photo.tooLarge}, {@code
 * photo.notAnImage}, {@code photo.tooManyPixels} or {@code photo.unreadable}.
 */
public final class PhotoUpload {

  /** The largest upload: a photo straight from a phone camera is 3 to 12 MB. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** More than any phone camera makes (a 200 MP sensor stores 50 MP by default). */
  public static final long MAX_PIXELS = 50_000_000L;

  /** The longest side of the size that pages show; sharp on a phone, a tablet and a laptop. */
  public static final int WEB_SIDE = 1600;

  /** The longest side of the thumbnails in albums and lists. */
  public static final int THUMBNAIL_SIDE = 400;

  private static final float JPEG_QUALITY = 0.85f;

  private static final Logger LOG = System.getLogger(PhotoUpload.class.getName());

  /**
   * The decoders we accept, in a registry of our own instead of ImageIO's global one. The global
   * registry belongs to the whole server: TwelveMonkeys' plugins in the EAR's lib/ are not found by
   * it (WildFly does not give ImageIO our class loader), and registering them there would pin the
   * EAR's class loader after an undeploy and change how every other deployment reads images. Only
   * JPEG, PNG and WebP are in here, so anything else is refused as not an image.
   *
   * <p>TwelveMonkeys' JPEG reader decodes through the JDK's and adds what the JDK lacks (CMYK and
   * YCCK, broken ICC profiles, odd markers); it finds its delegate and puts itself first when it is
   * registered, so the JDK's JPEG reader has to be in the registry too. Filled once and then only
   * read, so all threads share it.
   */
  private static final ServiceRegistry READERS = readers();

  private PhotoUpload() {}

  /**
   * Reads an upload to its end (at most {@link #MAX_BYTES}) and returns the web size and the
   * thumbnail, or refuses the upload with a message key.
   *
   * @throws BusinessException when the upload is not a photo we accept
   * @throws UncheckedIOException when reading the upload fails (e.g. the browser broke off)
   */
  public static ProcessedPhoto process(InputStream upload) {
    byte[] content = readAtMost(upload, MAX_BYTES);
    ImageReader reader = readerFor(content);
    try {
      String sourceType = reader.getOriginatingProvider().getMIMETypes()[0];
      BufferedImage decoded = decode(reader);
      Orientation orientation =
          "image/jpeg".equals(sourceType) ? Orientation.ofJpeg(content) : Orientation.NORMAL;
      BufferedImage web = fit(decoded, orientation, WEB_SIDE);
      BufferedImage thumbnail = fit(web, Orientation.NORMAL, THUMBNAIL_SIDE);
      return new ProcessedPhoto(rendition(web), rendition(thumbnail), sourceType);
    } finally {
      reader.dispose();
    }
  }

  private static byte[] readAtMost(InputStream upload, int maxBytes) {
    byte[] content;
    try {
      content = upload.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be read", e);
    }
    if (content.length > maxBytes) {
      throw new BusinessException("photo.tooLarge", maxBytes / (1024 * 1024));
    }
    if (content.length == 0) {
      throw new BusinessException("photo.empty");
    }
    return content;
  }

  /** The reader whose format the content's first bytes announce. */
  private static ImageReader readerFor(byte[] content) {
    ImageInputStream in = new ByteArrayImageInputStream(content);
    try {
      Iterator<ImageReaderSpi> providers = READERS.getServiceProviders(ImageReaderSpi.class, true);
      while (providers.hasNext()) {
        ImageReaderSpi provider = providers.next();
        if (provider.canDecodeInput(in)) {
          ImageReader reader = provider.createReaderInstance();
          reader.setInput(in, true, true);
          return reader;
        }
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "No reader could look at an upload", e);
    }
    throw new BusinessException("photo.notAnImage");
  }

  /**
   * Decodes the first image, after checking its pixel count in the header. A photo far larger than
   * the web size is decoded with subsampling (every n-th pixel of every n-th row), which keeps the
   * memory for a 50 MP photo near that of a 12 MP one while keeping at least twice the web size for
   * the smooth scaling that follows.
   */
  private static BufferedImage decode(ImageReader reader) {
    int width;
    int height;
    try {
      width = reader.getWidth(0);
      height = reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
    if ((long) width * height > MAX_PIXELS) {
      throw new BusinessException("photo.tooManyPixels", MAX_PIXELS / 1_000_000);
    }
    ImageReadParam param = reader.getDefaultReadParam();
    int step = Math.max(1, Math.max(width, height) / (2 * WEB_SIDE));
    param.setSourceSubsampling(step, step, 0, 0);
    // A truncated or damaged file is decoded with grey where data is missing, and only a warning
    // says so; we rather refuse it than keep half a photo.
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    BufferedImage decoded;
    try {
      decoded = reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      // decoders fail on hostile input with all kinds of runtime exceptions, not only IIOException
      throw unreadable(e);
    }
    if (!warnings.isEmpty()) {
      throw unreadable(new IOException(String.join("; ", warnings)));
    }
    return decoded;
  }

  private static BusinessException unreadable(Exception cause) {
    LOG.log(Level.DEBUG, "Refused an unreadable upload: {0}", cause.toString());
    return new BusinessException("photo.unreadable");
  }

  /**
   * The upright image, made smaller to fit in a square of {@code maxSide} but never larger. It is
   * halved in steps, because one bilinear step down by more than half skips pixels and makes fine
   * patterns (hair, a striped shirt) shimmer.
   */
  private static BufferedImage fit(BufferedImage source, Orientation orientation, int maxSide) {
    int width = orientation.swapsSides() ? source.getHeight() : source.getWidth();
    int height = orientation.swapsSides() ? source.getWidth() : source.getHeight();
    double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
    int targetWidth = Math.max(1, (int) Math.round(width * scale));
    int targetHeight = Math.max(1, (int) Math.round(height * scale));

    BufferedImage current = source;
    Orientation turn = orientation;
    do {
      width = Math.max(targetWidth, width / 2);
      height = Math.max(targetHeight, height / 2);
      current = draw(current, turn, width, height);
      turn = Orientation.NORMAL;
    } while (width != targetWidth || height != targetHeight);
    return current;
  }

  /**
   * Draws the source upright into a new RGB image of the given size. The background is white, so
   * that the transparent parts of a PNG or WebP (a logo, a sticker) do not turn black in the JPEG.
   */
  private static BufferedImage draw(
      BufferedImage source, Orientation orientation, int width, int height) {
    int uprightWidth = orientation.swapsSides() ? source.getHeight() : source.getWidth();
    int uprightHeight = orientation.swapsSides() ? source.getWidth() : source.getHeight();
    AffineTransform transform =
        AffineTransform.getScaleInstance(
            (double) width / uprightWidth, (double) height / uprightHeight);
    transform.concatenate(orientation.upright(source.getWidth(), source.getHeight()));

    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, transform, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  /** A fresh JPEG of the image: no metadata is written, so none of the original's survives. */
  private static ProcessedPhoto.Rendition rendition(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Encoding a JPEG in memory failed", e);
    } finally {
      writer.dispose();
    }
    return new ProcessedPhoto.Rendition(jpeg.toByteArray(), image.getWidth(), image.getHeight());
  }

  private static ServiceRegistry readers() {
    ServiceRegistry registry =
        new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
    registry.registerServiceProvider(jdkReader("com.sun.imageio.plugins.png.PNGImageReaderSpi"));
    registry.registerServiceProvider(jdkReader("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi"));
    registry.registerServiceProvider(new JPEGImageReaderSpi());
    registry.registerServiceProvider(new WebPImageReaderSpi());
    return registry;
  }

  /** One of the JDK's own readers, which ImageIO's global registry always holds. */
  private static ImageReaderSpi jdkReader(String className) {
    Iterator<ImageReaderSpi> found =
        IIORegistry.getDefaultInstance()
            .getServiceProviders(
                ImageReaderSpi.class, p -> p.getClass().getName().equals(className), false);
    if (!found.hasNext()) {
      throw new IllegalStateException("This JDK has no " + className);
    }
    return found.next();
  }
}
