package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The consents of a child: parents see and change those of their own children, the service desk
 * those of every child of the organisation (e.g. from a paper form). Each change is kept with who
 * made it and when; withdrawing takes effect at once.
 */
@Stateless
public class Consents {

  /** One change, as the history shows it. */
  public record Change(ConsentPurpose purpose, boolean granted, Instant changedAt, String changedBy)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuditLog audit;

  /** Per purpose whether consent is given now; no change yet means no consent. */
  public Map<ConsentPurpose, Boolean> current(UUID childId) {
    return currentOf(access.readable(childId));
  }

  /** Every change, newest first. */
  public List<Change> history(UUID childId) {
    return changes(access.readable(childId)).stream()
        .map(c -> new Change(c.purpose(), c.granted(), c.changedAt(), c.changedByName()))
        .toList();
  }

  public void change(UUID childId, ConsentPurpose purpose, boolean granted) {
    Child child = writable(childId);
    if (currentOf(child).get(purpose) == granted) {
      return;
    }
    UUID actor = currentUser.requireAccountId();
    em.persist(new ConsentChange(child, purpose, granted, clock.instant(), actor, nameOfCaller()));
    ConsentRecords.forget();
    audit.record(
        actor,
        granted ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN",
        "CHILD",
        child.id(),
        purpose.name());
  }

  private Map<ConsentPurpose, Boolean> currentOf(Child child) {
    Map<ConsentPurpose, Boolean> now = new EnumMap<>(ConsentPurpose.class);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      now.put(purpose, false);
    }
    List<ConsentChange> newestFirst = changes(child);
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      now.put(newestFirst.get(i).purpose(), newestFirst.get(i).granted());
    }
    return now;
  }

  private List<ConsentChange> changes(Child child) {
    return em.createNamedQuery("ConsentChange.ofChild", ConsentChange.class)
        .setParameter("child", child)
        .getResultList();
  }

  /** Parents of the child and the service desk may change consents; group workers may not. */
  private Child writable(UUID childId) {
    Child child = access.readable(childId);
    if (currentUser.is(Role.PARENT) && access.isOwnChild(child)) {
      return child;
    }
    if (currentUser.is(Role.SERVICEDESK)) {
      return child;
    }
    throw new NotFoundException();
  }

  private String nameOfCaller() {
    if (currentUser.is(Role.PARENT)) {
      return access.parentOfCaller().fullName();
    }
    StaffMember staff = access.staffOfCaller();
    return staff.fullName() + " (Servicepunt)";
  }
}
