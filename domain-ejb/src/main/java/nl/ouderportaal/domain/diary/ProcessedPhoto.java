package nl.ouderportaal.domain.diary;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * An accepted upload, made ready to keep: a web size and a thumbnail, both upright JPEGs without
 * any of the original's metadata, and the type the upload turned out to be ({@code image/jpeg},
 * {@code image/png} or {@code image/webp}).
 */
public record ProcessedPhoto(Rendition web, Rendition thumbnail, String sourceType) {

  public static final String CONTENT_TYPE = "image/jpeg";

  public ProcessedPhoto {
    Objects.requireNonNull(web, "web");
    Objects.requireNonNull(thumbnail, "thumbnail");
    Objects.requireNonNull(sourceType, "sourceType");
  }

  /** One size of the photo: JPEG bytes and the size in pixels. */
  public record Rendition(byte[] jpeg, int width, int height) {

    public Rendition {
      Objects.requireNonNull(jpeg, "jpeg");
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException(
            "a photo has at least one pixel: " + width + "x" + height);
      }
      jpeg = jpeg.clone();
    }

    /** A copy, so that nobody changes the photo after it was made. */
    @Override
    public byte[] jpeg() {
      return jpeg.clone();
    }

    /** The JPEG bytes to store, without copying them. */
    public InputStream open() {
      return new ByteArrayInputStream(jpeg);
    }

    public int size() {
      return jpeg.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Rendition that
          && width == that.width
          && height == that.height
          && Arrays.equals(jpeg, that.jpeg);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(jpeg), width, height);
    }

    @Override
    public String toString() {
      return "Rendition[" + width + "x" + height + ", " + jpeg.length + " bytes]";
    }
  }
}
