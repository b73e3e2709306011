package nl.ouderportaal.domain.document;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a servlet needs to answer a download before it streams the content: the name to save it
 * under, the type, the size, and the SHA-256 for a strong ETag.
 */
public record FileDownload(String fileName, String contentType, long sizeBytes, String sha256)
    implements Serializable {

  public FileDownload {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
  }
}
