package nl.ouderportaal.domain.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes and reads the audit log, inside the transaction of the boundary that uses it. */
@Dependent
public class AuditLog {

  /** A line of the log as the back-office shows it. */
  public record Entry(
      Instant occurredAt, UUID actorId, String action, String details, String clientAddress)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * Records that {@code actor} (null for the system or an anonymous visitor) did {@code action} to
   * the object.
   */
  public void record(
      UUID actor, String action, String objectType, UUID objectId, String details, String address) {
    em.persist(
        new AuditEvent(clock.instant(), actor, action, objectType, objectId, details, address));
  }

  public void record(UUID actor, String action, String objectType, UUID objectId, String details) {
    record(actor, action, objectType, objectId, details, null);
  }

  /** The log of one object, newest first. */
  public List<Entry> of(String objectType, UUID objectId, int max) {
    return em.createNamedQuery("AuditEvent.ofObject", AuditEvent.class)
        .setParameter("type", objectType)
        .setParameter("id", objectId)
        .setMaxResults(max)
        .getResultStream()
        .map(
            e -> new Entry(e.occurredAt(), e.actorId(), e.action(), e.details(), e.clientAddress()))
        .toList();
  }
}
