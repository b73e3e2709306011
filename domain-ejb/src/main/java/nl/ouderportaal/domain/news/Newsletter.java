package nl.ouderportaal.domain.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * The PDF of a newsletter: the blob that holds it and the name it is saved under (already made safe
 * for a download header).
 */
@Embeddable
public record Newsletter(
    @Column(name = "newsletter_blob_id") UUID blobId,
    @Column(name = "newsletter_file_name") String fileName) {

  public Newsletter {
    Objects.requireNonNull(blobId, "blobId");
    Objects.requireNonNull(fileName, "fileName");
  }
}
