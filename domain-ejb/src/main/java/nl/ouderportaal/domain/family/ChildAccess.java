package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Employees;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The one place that decides who may see a child: a parent the children of their own family; a
 * group worker the children placed in their groups today; the service desk every child of their
 * organisation. Anything else looks like a child that does not exist. Every boundary that reads or
 * writes something of a child asks here first.
 */
@Dependent
public class ChildAccess {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private Employees employees;
  @Inject private FamilyCare care;

  /** The child, if the caller may see it; otherwise {@link NotFoundException}. */
  public Child readable(UUID childId) {
    if (childId == null) {
      throw new NotFoundException();
    }
    Child child = em.find(Child.class, childId);
    if (child == null || !mayRead(child)) {
      throw new NotFoundException();
    }
    return child;
  }

  /**
   * A family whose own records (invoices, documents) the caller may see: the calling parent's own
   * family, or any family of the service desk's organisation. Group workers see children, not a
   * family's money; for them, as for anyone else, the family does not exist.
   */
  public Family readableFamily(UUID familyId) {
    if (familyId == null) {
      throw new NotFoundException();
    }
    Family family = em.find(Family.class, familyId);
    if (family == null) {
      throw new NotFoundException();
    }
    if (currentUser.is(Role.PARENT) && familyOfCaller().id().equals(family.id())) {
      return family;
    }
    if (currentUser.is(Role.SERVICEDESK)
        && staffOfCaller().organisation().id().equals(family.organisation().id())) {
      return family;
    }
    throw new NotFoundException();
  }

  /** The family of the calling parent. */
  public Family familyOfCaller() {
    return parentOfCaller().family();
  }

  public Parent parentOfCaller() {
    return parentOf(currentUser.require(Role.PARENT)).orElseThrow(NotFoundException::new);
  }

  /**
   * The parent who logs in with the account: from the query cache and the parent's second-level
   * cache after the first time (a list, not a stream: a stream bypasses the query cache).
   */
  private Optional<Parent> parentOf(UUID accountId) {
    return em
        .createNamedQuery("Parent.findByAccount", Parent.class)
        .setParameter("accountId", accountId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The calling employee (group worker or service desk). */
  public StaffMember staffOfCaller() {
    return employees.current();
  }

  /** Whether the child belongs to the calling parent's own family. */
  public boolean isOwnChild(Child child) {
    return currentUser.is(Role.PARENT)
        && parentOfCaller().family().id().equals(child.family().id());
  }

  public boolean callerHas(Role role) {
    return currentUser.is(role);
  }

  private boolean mayRead(Child child) {
    Optional<UUID> accountId = currentUser.accountId();
    if (accountId.isEmpty()) {
      return false;
    }
    if (currentUser.is(Role.PARENT)) {
      boolean ownChild =
          parentOf(accountId.get())
              .filter(parent -> parent.family().id().equals(child.family().id()))
              .isPresent();
      if (ownChild) {
        // per child: a child whose access after care has ended is gone for its parents, while a
        // brother or sister in care keeps the family's login
        return !care.accessEnded(child);
      }
    }
    if (currentUser.is(Role.SERVICEDESK)) {
      return staffOfCaller().organisation().id().equals(child.family().organisation().id());
    }
    if (currentUser.is(Role.STAFF)) {
      List<UUID> groups = staffOfCaller().groups().stream().map(Group::id).toList();
      return !groups.isEmpty()
          && em.createNamedQuery("Placement.countCurrentOfChildInGroups", Long.class)
                  .setParameter("child", child.id())
                  .setParameter("groups", groups)
                  .setParameter("day", LocalDate.now(clock))
                  .getSingleResult()
              > 0;
    }
    return false;
  }
}
