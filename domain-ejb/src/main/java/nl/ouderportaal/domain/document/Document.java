package nl.ouderportaal.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A file a family can download: its kind, a title people read, the file name it is saved under, and
 * the blob that holds it. Parents see it until {@code visibleUntil} (a diary export ends with their
 * access); the service desk always does.
 */
@Entity
@Table(name = "document")
@NamedQuery(
    name = "Document.ofFamily",
    query = "select d from Document d where d.familyId = :family order by d.createdAt desc, d.id")
@NamedQuery(
    name = "Document.countOfFamily",
    query = "select count(d) from Document d where d.familyId = :family")
public class Document {

  @Id private UUID id;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private String title;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "blob_id", nullable = false)
  private UUID blobId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "visible_until")
  private LocalDate visibleUntil;

  protected Document() {}

  /**
   * @param createdBy the account that added it, or null when a job made it
   * @param visibleUntil the last day parents see it, or null for as long as they have access
   */
  public Document(
      UUID familyId,
      DocumentKind kind,
      String title,
      String fileName,
      UUID blobId,
      Instant createdAt,
      UUID createdBy,
      LocalDate visibleUntil) {
    this.id = UUID.randomUUID();
    this.familyId = Objects.requireNonNull(familyId, "familyId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = FileNames.text(title, 200, "title");
    this.fileName = FileNames.safe(fileName);
    this.blobId = Objects.requireNonNull(blobId, "blobId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = createdBy;
    this.visibleUntil = visibleUntil;
  }

  /** Whether parents still see it on {@code day}. */
  public boolean isVisibleOn(LocalDate day) {
    return visibleUntil == null || !day.isAfter(visibleUntil);
  }

  public UUID id() {
    return id;
  }

  public UUID familyId() {
    return familyId;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String fileName() {
    return fileName;
  }

  public UUID blobId() {
    return blobId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public LocalDate visibleUntil() {
    return visibleUntil;
  }
}
