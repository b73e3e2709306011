package nl.ouderportaal.domain.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The stored export of a child's whole diary: which document of the family holds it, what it held,
 * when it was made, and the end of care it was made for (which decided the document's last day for
 * the parents). One per child (unique in V7): a new export replaces the document of the one before.
 */
@Entity
@Table(name = "diary_export")
@NamedQuery(
    name = "DiaryExport.ofChild",
    query = "select x from DiaryExport x where x.childId = :child")
public class DiaryExport {

  /** When an export was made and for which end of care. */
  public record Made(LocalDate careEnd, Instant madeAt) implements Serializable {

    public Made {
      Objects.requireNonNull(madeAt, "madeAt");
    }

    /**
     * Whether an export made then still says it all: nothing was written in the diary and no
     * consent changed since (either can change what it shows), and the end of care is the one it
     * was made for (which decides how long the parents see it).
     *
     * @param careEnd the child's end of care now, or null while it has none
     * @param latestChange the latest entry or consent change of the child, or null for none
     */
    public boolean isCurrentFor(LocalDate careEnd, Instant latestChange) {
      return Objects.equals(this.careEnd, careEnd)
          && (latestChange == null || !latestChange.isAfter(madeAt));
    }
  }

  @Id private UUID id;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(name = "care_end")
  private LocalDate careEnd;

  @Column(name = "entry_count", nullable = false)
  private int entryCount;

  @Column(name = "photo_count", nullable = false)
  private int photoCount;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  protected DiaryExport() {}

  DiaryExport(
      UUID childId, UUID documentId, LocalDate careEnd, int entries, int photos, Instant madeAt) {
    this.id = UUID.randomUUID();
    this.childId = Objects.requireNonNull(childId, "childId");
    record(documentId, careEnd, entries, photos, madeAt);
  }

  /**
   * The child's diary was exported again: this export now is the new document; the old one's id is
   * returned, for the caller to remove with its file.
   */
  UUID replace(UUID documentId, LocalDate careEnd, int entries, int photos, Instant madeAt) {
    UUID old = this.documentId;
    record(documentId, careEnd, entries, photos, madeAt);
    return old;
  }

  private void record(UUID documentId, LocalDate careEnd, int entries, int photos, Instant madeAt) {
    if (entries <= 0 || photos < 0) {
      throw new IllegalArgumentException(
          "an export holds entries, and no negative number of photos: " + entries + ", " + photos);
    }
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.careEnd = careEnd;
    this.entryCount = entries;
    this.photoCount = photos;
    this.madeAt = Objects.requireNonNull(madeAt, "madeAt");
  }

  public Made made() {
    return new Made(careEnd, madeAt);
  }

  public UUID id() {
    return id;
  }

  public UUID childId() {
    return childId;
  }

  public UUID documentId() {
    return documentId;
  }

  public int entryCount() {
    return entryCount;
  }

  public int photoCount() {
    return photoCount;
  }
}
