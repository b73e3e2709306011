package nl.ouderportaal.domain.diary;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Group;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A photo, re-encoded (no EXIF, no GPS) in a web size and a thumbnail kept in the blob store. It
 * belongs to a diary entry (of one child), or to a group (and then perhaps an album), with the
 * children who are in it tagged: who may see it follows from those tags and their consents.
 */
@Entity
@Table(name = "photo")
public class Photo {

  /** Which rendition of a photo. */
  public enum Size {
    WEB,
    THUMBNAIL
  }

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  private Group group;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "diary_entry_id")
  private DiaryEntry diaryEntry;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "album_id")
  private Album album;

  @Column(name = "web_blob", nullable = false)
  private UUID webBlob;

  @Column(name = "thumb_blob", nullable = false)
  private UUID thumbBlob;

  @Column(name = "web_width", nullable = false)
  private int webWidth;

  @Column(name = "web_height", nullable = false)
  private int webHeight;

  /** The longest caption (the column's length). */
  public static final int MAX_CAPTION = 300;

  @Column private String caption;

  @Column(name = "uploaded_by", nullable = false)
  private UUID uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  // kept in the second-level cache: every list of photos needs the tags to decide who sees them
  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "photo_tag", joinColumns = @JoinColumn(name = "photo_id"))
  @Column(name = "child_id", nullable = false)
  private Set<UUID> tagged = new HashSet<>();

  protected Photo() {}

  private Photo(
      UUID webBlob, UUID thumbBlob, int webWidth, int webHeight, UUID uploadedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.webBlob = Objects.requireNonNull(webBlob);
    this.thumbBlob = Objects.requireNonNull(thumbBlob);
    this.webWidth = webWidth;
    this.webHeight = webHeight;
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
    this.uploadedAt = now;
  }

  /** A photo in a diary entry: it shows the entry's child. */
  public static Photo inDiary(DiaryEntry entry, StoredPhoto stored, UUID by, Instant now) {
    Photo photo =
        new Photo(stored.webBlob(), stored.thumbBlob(), stored.width(), stored.height(), by, now);
    photo.diaryEntry = entry;
    photo.tagged.add(entry.child().id());
    return photo;
  }

  /** A photo of a group, perhaps in an album, with the children in it. */
  public static Photo ofGroup(
      Group group,
      Album album,
      Set<UUID> children,
      String caption,
      StoredPhoto stored,
      UUID by,
      Instant now) {
    Photo photo =
        new Photo(stored.webBlob(), stored.thumbBlob(), stored.width(), stored.height(), by, now);
    photo.group = Objects.requireNonNull(group);
    photo.album = album;
    photo.tagged.addAll(children);
    photo.caption = caption == null || caption.isBlank() ? null : caption.strip();
    return photo;
  }

  /** The blobs of a processed photo. */
  public record StoredPhoto(UUID webBlob, UUID thumbBlob, int width, int height) {}

  public UUID blob(Size size) {
    return size == Size.WEB ? webBlob : thumbBlob;
  }

  public UUID id() {
    return id;
  }

  public Group group() {
    return group;
  }

  public DiaryEntry diaryEntry() {
    return diaryEntry;
  }

  public Album album() {
    return album;
  }

  public int webWidth() {
    return webWidth;
  }

  public int webHeight() {
    return webHeight;
  }

  public String caption() {
    return caption;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Set<UUID> tagged() {
    return Set.copyOf(tagged);
  }
}
