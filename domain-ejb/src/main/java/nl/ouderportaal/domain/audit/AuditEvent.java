package nl.ouderportaal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.ofFamily",
    query =
        "select e from AuditEvent e where e.familyId = :family order by e.occurredAt desc, e.id")
@NamedQuery(
    name = "AuditEvent.countOfFamily",
    query = "select count(e) from AuditEvent e where e.familyId = :family")
@NamedQuery(
    name = "AuditEvent.ofObject",
    query =
        "select e from AuditEvent e where e.objectType = :type and e.objectId = :id"
            + " order by e.occurredAt desc, e.id")
public class AuditEvent {

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(nullable = false)
  private String action;

  @Column(name = "object_type", nullable = false)
  private String objectType;

  @Column(name = "object_id")
  private UUID objectId;

  @Column private String details;

  @Column(name = "client_address")
  private String clientAddress;

  @Column(name = "family_id")
  private UUID familyId;

  @Column(name = "before_text")
  private String before;

  @Column(name = "after_text")
  private String after;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      UUID actorId,
      String action,
      String objectType,
      UUID objectId,
      String details,
      String clientAddress) {
    this.id = UUID.randomUUID();
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actorId = actorId;
    this.action = Objects.requireNonNull(action, "action");
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.objectId = objectId;
    this.details = cut(details);
    this.clientAddress = clientAddress;
  }

  /** A change of something of a family, with what it was before and what it is now. */
  AuditEvent(
      Instant occurredAt,
      UUID actorId,
      String action,
      String objectType,
      UUID objectId,
      UUID familyId,
      String before,
      String after) {
    this(occurredAt, actorId, action, objectType, objectId, null, null);
    this.familyId = familyId;
    this.before = cut(before);
    this.after = cut(after);
  }

  private static String cut(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public UUID actorId() {
    return actorId;
  }

  public String action() {
    return action;
  }

  public String objectType() {
    return objectType;
  }

  public UUID objectId() {
    return objectId;
  }

  public String details() {
    return details;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public UUID familyId() {
    return familyId;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}
