package nl.ouderportaal.domain.diary;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * How a camera held the phone: the EXIF Orientation tag (1 to 8). Phones store the pixels as the
 * sensor saw them and only note the turn in this tag; since re-encoding drops all EXIF, the turn
 * has to be applied to the pixels, or a portrait photo shows lying on its side. The constants are
 * named after what it takes to make the stored pixels upright.
 */
enum Orientation {
  NORMAL(1),
  MIRRORED(2),
  UPSIDE_DOWN(3),
  UPSIDE_DOWN_MIRRORED(4),
  TRANSPOSED(5),
  TURNED_CLOCKWISE(6),
  TRANSVERSED(7),
  TURNED_COUNTER_CLOCKWISE(8);

  private static final Logger LOG = System.getLogger(Orientation.class.getName());

  private final int exifValue;

  Orientation(int exifValue) {
    this.exifValue = exifValue;
  }

  static Orientation ofExif(int value) {
    for (Orientation orientation : values()) {
      if (orientation.exifValue == value) {
        return orientation;
      }
    }
    return NORMAL;
  }

  /**
   * The orientation noted in the first EXIF segment of a JPEG, or {@link #NORMAL} when there is
   * none or it cannot be read: a photo with broken EXIF is still a photo.
   */
  static Orientation ofJpeg(byte[] jpeg) {
    try (ImageInputStream in = new ByteArrayImageInputStream(jpeg)) {
      List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      if (!exif.isEmpty()) {
        Directory ifd0 = firstDirectory(new TIFFReader().read(tiffPart(exif.get(0))));
        Entry tag = ifd0.getEntryById(TIFF.TAG_ORIENTATION);
        if (tag != null && tag.getValue() instanceof Number value) {
          return ofExif(value.intValue());
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "Unreadable EXIF, the photo is taken as it is", e);
    }
    return NORMAL;
  }

  /** The TIFF structure inside the segment, after the padding byte that follows "Exif\0". */
  private static ImageInputStream tiffPart(JPEGSegment exif) throws IOException {
    PushbackInputStream data = new PushbackInputStream(exif.data());
    int first = data.read();
    if (first != 0) {
      data.unread(first);
    }
    return new MemoryCacheImageInputStream(data);
  }

  /** IFD0 describes the main image; IFD1, if any, only the embedded thumbnail. */
  private static Directory firstDirectory(Directory directory) {
    return directory instanceof CompoundDirectory compound ? compound.getDirectory(0) : directory;
  }

  /** Whether width and height trade places. */
  boolean swapsSides() {
    return exifValue >= 5;
  }

  /**
   * Maps the stored pixels of a {@code width} x {@code height} image onto the upright image (whose
   * sides are swapped for the turns of a quarter).
   */
  AffineTransform upright(int width, int height) {
    // the arguments are (m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + ...
    return switch (this) {
      case NORMAL -> new AffineTransform();
      case MIRRORED -> new AffineTransform(-1, 0, 0, 1, width, 0);
      case UPSIDE_DOWN -> new AffineTransform(-1, 0, 0, -1, width, height);
      case UPSIDE_DOWN_MIRRORED -> new AffineTransform(1, 0, 0, -1, 0, height);
      case TRANSPOSED -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case TURNED_CLOCKWISE -> new AffineTransform(0, 1, -1, 0, height, 0);
      case TRANSVERSED -> new AffineTransform(0, -1, -1, 0, height, width);
      case TURNED_COUNTER_CLOCKWISE -> new AffineTransform(0, -1, 1, 0, 0, width);
    };
  }
}
