package nl.ouderportaal.backoffice.platform;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an {@code h:inputFile multiple="true"} as the domain's boundaries take them: one
 * stream per file, opened when the action runs (a {@link Part} lives only as long as its request)
 * and closed after the boundary call, in a try-with-resources.
 */
public final class Uploads implements AutoCloseable {

  private final List<InputStream> streams = new ArrayList<>();

  private Uploads() {}

  /**
   * Opens the chosen files; none chosen (a browser sends a nameless empty part then) gives none. A
   * chosen file that is empty is opened like any other, so that the boundary refuses it with a
   * message instead of the entry being saved without it.
   */
  public static Uploads of(List<Part> parts) {
    Uploads uploads = new Uploads();
    if (parts == null) {
      return uploads;
    }
    try {
      for (Part part : parts) {
        if (part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank()) {
          uploads.streams.add(part.getInputStream());
        }
      }
    } catch (IOException e) {
      uploads.close();
      throw new UncheckedIOException(e);
    }
    return uploads;
  }

  public List<InputStream> streams() {
    return List.copyOf(streams);
  }

  @Override
  public void close() {
    for (InputStream stream : streams) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // a temporary file of the request; the container removes it at the end of the request
      }
    }
  }
}
