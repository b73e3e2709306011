package nl.ouderportaal.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An item a job run skipped, with the family or child and the reason. The job repository only
 * counts skips; the service desk needs to know whom to look after.
 */
@Entity
@Table(name = "job_item_failure")
@NamedQuery(
    name = "JobItemFailure.ofExecution",
    query =
        "select f from JobItemFailure f where f.jobExecutionId = :execution"
            + " order by f.occurredAt, f.id")
@NamedQuery(
    name = "JobItemFailure.countOfExecution",
    query = "select count(f) from JobItemFailure f where f.jobExecutionId = :execution")
public class JobItemFailure {

  /** What the item of a job is. */
  public enum ItemType {
    FAMILY,
    CHILD
  }

  @Id private UUID id;

  @Column(name = "job_execution_id", nullable = false)
  private long jobExecutionId;

  @Column(name = "job_name", nullable = false)
  private String jobName;

  @Column(name = "organisation_id")
  private UUID organisationId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "item_type", nullable = false)
  private ItemType itemType;

  @Column(name = "item_id")
  private UUID itemId;

  @Column(name = "item_name")
  private String itemName;

  @Column(nullable = false)
  private String reason;

  @Column private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected JobItemFailure() {}

  JobItemFailure(
      long jobExecutionId,
      String jobName,
      UUID organisationId,
      ItemType itemType,
      UUID itemId,
      String itemName,
      String reason,
      String detail,
      Instant occurredAt) {
    this.id = UUID.randomUUID();
    this.jobExecutionId = jobExecutionId;
    this.jobName = Objects.requireNonNull(jobName, "jobName");
    this.organisationId = organisationId;
    this.itemType = Objects.requireNonNull(itemType, "itemType");
    this.itemId = itemId;
    this.itemName = cut(itemName, 300);
    this.reason = Objects.requireNonNull(cut(reason, 100), "reason");
    this.detail = cut(detail, 1000);
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public long jobExecutionId() {
    return jobExecutionId;
  }

  public UUID id() {
    return id;
  }

  public ItemType itemType() {
    return itemType;
  }

  public UUID itemId() {
    return itemId;
  }

  public String itemName() {
    return itemName;
  }

  /** A message key of the back-office ({@code job.failure.*}). */
  public String reason() {
    return reason;
  }

  /** The technical detail, e.g. the exception's message. */
  public String detail() {
    return detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
