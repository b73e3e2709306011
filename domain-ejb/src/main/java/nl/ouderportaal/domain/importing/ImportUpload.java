package nl.ouderportaal.domain.importing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Files the service desk uploaded to move an organisation in: first checked (every problem listed,
 * nothing stored), then imported, as a whole or only the families without problems. The files are
 * kept as blobs, so that the import reads exactly what was checked.
 */
@Entity
@Table(name = "import_upload")
@NamedQuery(
    name = "ImportUpload.latestOfOrganisation",
    query =
        "select u from ImportUpload u where u.organisationId = :organisation"
            + " order by u.uploadedAt desc")
public class ImportUpload {

  /** Where an upload stands. */
  public enum Status {
    UPLOADED,
    CHECKED,
    IMPORTING,
    IMPORTED
  }

  /** One uploaded file. */
  @Embeddable
  public record File(
      @Column(name = "file_name", nullable = false) String fileName,
      @Column(name = "blob_id", nullable = false) UUID blobId)
      implements Serializable {}

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "uploaded_by", nullable = false)
  private UUID uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "file_names", nullable = false)
  private String fileNames;

  @Column(name = "total_bytes", nullable = false)
  private long totalBytes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column private Integer families;

  @Column(name = "clean_families")
  private Integer cleanFamilies;

  @Column(name = "problem_count")
  private Integer problemCount;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column private Integer imported;

  @Column(name = "imported_at")
  private Instant importedAt;

  @ElementCollection
  @CollectionTable(name = "import_file", joinColumns = @JoinColumn(name = "upload_id"))
  @OrderColumn(name = "position")
  private List<File> files = new ArrayList<>();

  protected ImportUpload() {}

  ImportUpload(UUID organisationId, UUID uploadedBy, Instant now, List<File> files, long bytes) {
    this.id = UUID.randomUUID();
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(now, "now");
    this.files = new ArrayList<>(files);
    String names = files.stream().map(File::fileName).collect(Collectors.joining(", "));
    this.fileNames = names.length() <= 1000 ? names : names.substring(0, 997) + "...";
    this.totalBytes = bytes;
    this.status = Status.UPLOADED;
  }

  /** The check found this; an upload can be checked again (the organisation may have changed). */
  void checked(int families, int cleanFamilies, int problems, Instant now) {
    this.families = families;
    this.cleanFamilies = cleanFamilies;
    this.problemCount = problems;
    this.checkedAt = now;
    if (status == Status.UPLOADED) {
      status = Status.CHECKED;
    }
  }

  /** An import was refused by its check: the upload waits again. */
  void checkedAgain() {
    if (status == Status.IMPORTING) {
      status = Status.CHECKED;
    }
  }

  void importing() {
    status = Status.IMPORTING;
  }

  void imported(int count, Instant now) {
    this.imported = count;
    this.importedAt = now;
    this.status = Status.IMPORTED;
  }

  public UUID id() {
    return id;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public UUID uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public String fileNames() {
    return fileNames;
  }

  public long totalBytes() {
    return totalBytes;
  }

  public Status status() {
    return status;
  }

  public Integer families() {
    return families;
  }

  public Integer cleanFamilies() {
    return cleanFamilies;
  }

  public Integer problemCount() {
    return problemCount;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public Integer imported() {
    return imported;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public List<File> files() {
    return List.copyOf(files);
  }
}
