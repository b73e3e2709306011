package nl.ouderportaal.domain.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Writes and reads the audit log, inside the transaction of the boundary that uses it. */
@Dependent
public class AuditLog {

  /**
   * A line of the log as the back-office shows it: who (their name, or null for the system or an
   * anonymous visitor), what (the action, which the back-office puts in words), and for a change
   * what it was before and after.
   */
  public record Entry(
      Instant occurredAt,
      UUID actorId,
      String actorName,
      String action,
      String objectType,
      String details,
      String clientAddress,
      String before,
      String after)
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

  /**
   * Records a change, with what it was before (null: it is new) and what it is now (null: it is
   * gone), in words people read; with the family when it is something of a family (the family
   * itself, a parent, a child, a contract, a placement), so that it shows in the family's log.
   */
  public void change(
      UUID actor,
      String action,
      String objectType,
      UUID objectId,
      UUID familyId,
      String before,
      String after) {
    em.persist(
        new AuditEvent(
            clock.instant(), actor, action, objectType, objectId, familyId, before, after));
  }

  /** The log of one object, newest first. */
  public List<Entry> of(String objectType, UUID objectId, int max) {
    return entries(
        em.createNamedQuery("AuditEvent.ofObject", AuditEvent.class)
            .setParameter("type", objectType)
            .setParameter("id", objectId)
            .setMaxResults(max)
            .getResultList());
  }

  /** A page of the log of a family, newest first. */
  public List<Entry> ofFamily(UUID familyId, int first, int max) {
    return entries(
        em.createNamedQuery("AuditEvent.ofFamily", AuditEvent.class)
            .setParameter("family", familyId)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList());
  }

  public long countOfFamily(UUID familyId) {
    return em.createNamedQuery("AuditEvent.countOfFamily", Long.class)
        .setParameter("family", familyId)
        .getSingleResult();
  }

  private List<Entry> entries(List<AuditEvent> events) {
    Map<UUID, String> names = names(events.stream().map(AuditEvent::actorId).toList());
    return events.stream()
        .map(
            e ->
                new Entry(
                    e.occurredAt(),
                    e.actorId(),
                    e.actorId() == null ? null : names.get(e.actorId()),
                    e.action(),
                    e.objectType(),
                    e.details(),
                    e.clientAddress(),
                    e.before(),
                    e.after()))
        .toList();
  }

  /**
   * The names of the accounts that acted: an employee's or a parent's, in one query. Read from the
   * tables by name, so that the log, which every feature writes, depends on none of them.
   */
  private Map<UUID, String> names(List<UUID> accounts) {
    List<UUID> ids = accounts.stream().filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.account_id, s.first_name, s.last_name from staff_member s"
                    + " where s.account_id in (?1)"
                    + " union all select p.account_id, p.first_name, p.last_name from parent p"
                    + " where p.account_id in (?1)")
            .setParameter(1, ids)
            .getResultList();
    for (Object[] row : rows) {
      names.put(uuid(row[0]), row[1] + " " + row[2]);
    }
    return names;
  }

  /** A uuid column of a native query: a UUID, or (H2) its sixteen bytes. */
  private static UUID uuid(Object value) {
    if (value instanceof UUID id) {
      return id;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }
}
