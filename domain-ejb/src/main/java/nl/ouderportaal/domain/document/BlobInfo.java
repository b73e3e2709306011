package nl.ouderportaal.domain.document;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What is known of a stored file without reading it: enough to answer a conditional request (the
 * SHA-256 makes a strong ETag) and to set the headers of a response.
 */
public record BlobInfo(
    UUID id, String contentType, long sizeBytes, String sha256, Instant createdAt)
    implements Serializable {

  public BlobInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
