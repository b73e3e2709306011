package nl.ouderportaal.domain.diary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.InputStream;
import nl.ouderportaal.domain.document.Blobs;

/**
 * Turns an upload into a stored photo: checked and re-encoded by {@link PhotoUpload}, both
 * renditions in the blob store, in the caller's transaction (a refused photo rolls back the rest).
 */
@Dependent
public class PhotoStore {

  @Inject private Blobs blobs;

  /** Checks, re-encodes and stores an upload; a refused upload stores nothing. */
  public Photo.StoredPhoto store(InputStream upload) {
    ProcessedPhoto processed = PhotoUpload.process(upload);
    var web = blobs.store(ProcessedPhoto.CONTENT_TYPE, processed.web().open());
    var thumb = blobs.store(ProcessedPhoto.CONTENT_TYPE, processed.thumbnail().open());
    return new Photo.StoredPhoto(web, thumb, processed.web().width(), processed.web().height());
  }
}
