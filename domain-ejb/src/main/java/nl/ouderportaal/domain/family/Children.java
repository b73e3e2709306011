package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.Role;

/** Children as parents and group workers see them. */
@Stateless
public class Children {

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private Clock clock;
  @Inject private FamilyCare care;
  @Inject private FamilyPlacements placements;

  /** The calling parent's own children, oldest first. */
  public List<ChildSummary> ofMyFamily() {
    Family family = access.familyOfCaller();
    List<Child> children =
        em.createNamedQuery("Child.ofFamily", Child.class)
            .setParameter("family", family)
            .getResultList();
    java.util.Set<UUID> gone = care.accessEnded(children);
    LocalDate today = today();
    Map<UUID, Group> groups = new java.util.HashMap<>();
    placements.upToToday(family).stream()
        .filter(stay -> stay.today(today))
        .forEach(stay -> groups.putIfAbsent(stay.childId(), em.find(Group.class, stay.groupId())));
    return children.stream()
        .filter(c -> !gone.contains(c.id()))
        .map(c -> summary(c, groups.get(c.id())))
        .toList();
  }

  /** A child with its contracts, as the child's page in the portal shows it. */
  public record Details(ChildSummary child, List<Families.ContractLine> contracts)
      implements java.io.Serializable {}

  /** One child with its contracts, if the caller may see it. */
  public Details details(UUID childId) {
    Child child = access.readable(childId);
    List<Families.ContractLine> contracts =
        em.createNamedQuery("Contract.ofChildren", Contract.class)
            .setParameter("children", List.of(child.id()))
            .getResultStream()
            .map(Families::line)
            .toList();
    return new Details(summaries(List.of(child)).get(0), contracts);
  }

  /** One child, if the caller may see it. */
  public ChildSummary child(UUID childId) {
    return summaries(List.of(access.readable(childId))).get(0);
  }

  /** The children placed today in the calling group worker's groups, by group and name. */
  public List<ChildSummary> inMyGroups() {
    StaffMember staff = access.staffOfCaller();
    List<UUID> groups = staff.groups().stream().map(Group::id).toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Placement> placements =
        em.createNamedQuery("Placement.currentInGroups", Placement.class)
            .setParameter("groups", groups)
            .setParameter("day", today())
            .getResultList();
    return placements.stream().map(p -> summary(p.child(), p.group())).toList();
  }

  /** Whether the caller is a group worker (and not only the service desk). */
  public boolean callerIsGroupWorker() {
    return access.callerHas(Role.STAFF);
  }

  private List<ChildSummary> summaries(Collection<Child> children) {
    if (children.isEmpty()) {
      return List.of();
    }
    Map<UUID, Placement> placements =
        em.createNamedQuery("Placement.currentOfChildren", Placement.class)
            .setParameter("children", children.stream().map(Child::id).toList())
            .setParameter("day", today())
            .getResultStream()
            .collect(Collectors.toMap(p -> p.child().id(), Function.identity(), (a, b) -> a));
    return children.stream()
        .map(
            c -> summary(c, placements.containsKey(c.id()) ? placements.get(c.id()).group() : null))
        .toList();
  }

  private ChildSummary summary(Child child, Group group) {
    LocalDate today = today();
    Period age = today.isBefore(child.birthDate()) ? Period.ZERO : child.ageOn(today);
    return new ChildSummary(
        child.id(),
        child.firstName(),
        child.lastName(),
        child.birthDate(),
        age.getYears(),
        age.getMonths(),
        group == null ? null : group.name(),
        group == null ? null : group.location().name(),
        group == null ? null : group.location().careType(),
        child.family().id());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
