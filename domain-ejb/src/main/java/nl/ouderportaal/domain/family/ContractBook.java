package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * The rules of a child's contracts and placements, for whoever changes them on behalf of the
 * service desk (the back-office's boundaries, an answer to a question, the import): one contract
 * per care type at a time, one group per care type at a time, a change from a date ends the old
 * contract the day before, and the groups the child is placed in must still fit. Every change is in
 * the family's audit log, and the credits of the flex hours follow the contracts.
 */
@Dependent
public class ContractBook {

  @PersistenceContext private EntityManager em;
  @Inject private DeskScope scope;
  @Inject private GroupFit groupFit;
  @Inject private AuditLog audit;
  @Inject private Event<ContractsChanged> changed;
  @Inject private Clock clock;

  /** A new contract for the child; with a group in the form, the child is placed there too. */
  public Contract add(DeskScope.Desk desk, Child child, ContractForm form) {
    Contract.Terms terms = terms(desk, form, form.start());
    requireNoOverlap(child, terms, null);
    Contract contract = new Contract(child, terms);
    em.persist(contract);
    audit.change(
        desk.account(),
        "CONTRACT_ADDED",
        "CONTRACT",
        contract.id(),
        child.family().id(),
        null,
        Words.dutch().contract(terms));
    if (form.groupId() != null) {
      place(desk, child, scope.group(desk, form.groupId()), terms.period());
    }
    afterChange(child, terms.location(), terms.period());
    return contract;
  }

  /**
   * The contract changes from {@code from} on: it ends the day before and a new one with the new
   * terms starts (history kept); changed from its very first day, it is corrected instead.
   *
   * @return the contract that runs from {@code from}
   */
  public Contract change(
      DeskScope.Desk desk, Contract contract, LocalDate from, ContractForm form) {
    if (from == null) {
      throw new BusinessException("contract.fromRequired").on("start");
    }
    DateRange old = contract.period();
    if (from.isBefore(old.start()) || (old.end() != null && from.isAfter(old.end()))) {
      throw new BusinessException("contract.fromOutside", old.start()).on("start");
    }
    Contract.Terms before = contract.terms();
    Contract.Terms after = terms(desk, form, from);
    Child child = contract.child();
    Contract running;
    if (from.equals(old.start())) {
      requireNoOverlap(child, after, contract);
      contract.correct(after);
      running = contract;
    } else {
      contract.endOn(from.minusDays(1));
      requireNoOverlap(child, after, contract);
      running = new Contract(child, after);
      em.persist(running);
    }
    audit.change(
        desk.account(),
        running == contract ? "CONTRACT_CORRECTED" : "CONTRACT_CHANGED",
        "CONTRACT",
        running.id(),
        child.family().id(),
        Words.dutch().contract(before),
        Words.dutch().contract(after));
    if (form.groupId() != null) {
      Group group = scope.group(desk, form.groupId());
      if (!placedIn(child, group, from)) {
        move(desk, child, group, from);
      }
    }
    afterChange(child, after.location(), new DateRange(from, after.period().end()));
    return running;
  }

  /**
   * The child's care ends after {@code lastDay}: its contracts and placements end then at the
   * latest, those that were still to start are removed. Its parents keep access to its photos and
   * diary for the organisation's weeks after care; a brother or sister in care keeps the family's.
   */
  public void endCare(DeskScope.Desk desk, Child child, LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    List<Contract> contracts =
        em.createQuery("select c from Contract c where c.child = :child", Contract.class)
            .setParameter("child", child)
            .getResultList();
    List<Placement> placements =
        em.createQuery("select p from Placement p where p.child = :child", Placement.class)
            .setParameter("child", child)
            .getResultList();
    boolean anything =
        contracts.stream().anyMatch(c -> runsAfter(c.period(), lastDay))
            || placements.stream().anyMatch(p -> runsAfter(p.period(), lastDay));
    if (!anything) {
      throw new BusinessException("care.nothingToEnd", child.firstName()).on("lastDay");
    }
    for (Contract contract : contracts) {
      if (contract.period().start().isAfter(lastDay)) {
        em.remove(contract);
      } else {
        contract.endOn(lastDay);
      }
    }
    FamilyCare.forget(child.family());
    for (Placement placement : placements) {
      if (placement.period().start().isAfter(lastDay)) {
        em.remove(placement);
      } else {
        placement.endOn(lastDay);
      }
    }
    audit.change(
        desk.account(),
        "CARE_ENDED",
        "CHILD",
        child.id(),
        child.family().id(),
        null,
        Words.dutch().date(lastDay));
    em.flush();
    changed.fire(new ContractsChanged(child.id()));
  }

  /** Places the child in the group for a period; refused when it overlaps another placement. */
  public Placement place(DeskScope.Desk desk, Child child, Group group, DateRange period) {
    requireNoOverlappingPlacement(child, group, period, null);
    Placement placement = new Placement(child, group, period);
    em.persist(placement);
    FamilyPlacements.forget(child.family());
    audit.change(
        desk.account(),
        "PLACEMENT_ADDED",
        "PLACEMENT",
        placement.id(),
        child.family().id(),
        null,
        Words.dutch().placement(placement));
    groupFit.requireFits(group, checked(period));
    return placement;
  }

  /**
   * The child goes to another group from {@code from} on: its placement in a group of that care
   * type ends the day before (or, from its first day, is moved as a whole), and the new one runs
   * until the old one would have ended.
   */
  public Placement move(DeskScope.Desk desk, Child child, Group group, LocalDate from) {
    if (from == null) {
      throw new BusinessException("placement.fromRequired").on("from");
    }
    Placement current =
        placementsOf(child).stream()
            .filter(p -> p.group().location().careType() == group.location().careType())
            .filter(p -> p.period().contains(from))
            .findFirst()
            .orElse(null);
    if (current == null) {
      return place(desk, child, group, new DateRange(from, null));
    }
    if (current.group().id().equals(group.id())) {
      throw new BusinessException("placement.sameGroup", group.name()).on("group");
    }
    String before = Words.dutch().placement(current);
    LocalDate until = current.period().end();
    Placement moved;
    if (current.period().start().equals(from)) {
      current.correct(group, current.period());
      moved = current;
    } else {
      current.endOn(from.minusDays(1));
      moved = new Placement(child, group, new DateRange(from, until));
      requireNoOverlappingPlacement(child, group, moved.period(), current);
      em.persist(moved);
      FamilyPlacements.forget(child.family());
    }
    audit.change(
        desk.account(),
        "PLACEMENT_MOVED",
        "PLACEMENT",
        moved.id(),
        child.family().id(),
        before,
        Words.dutch().placement(moved));
    groupFit.requireFits(group, checked(moved.period()));
    return moved;
  }

  /** The child leaves the group after {@code lastDay}. */
  public void endPlacement(DeskScope.Desk desk, Placement placement, LocalDate lastDay) {
    if (lastDay == null || lastDay.isBefore(placement.period().start())) {
      throw new BusinessException("placement.endInvalid", placement.period().start()).on("lastDay");
    }
    String before = Words.dutch().placement(placement);
    placement.endOn(lastDay);
    FamilyPlacements.forget(placement.child().family());
    audit.change(
        desk.account(),
        "PLACEMENT_ENDED",
        "PLACEMENT",
        placement.id(),
        placement.child().family().id(),
        before,
        Words.dutch().placement(placement));
  }

  /** The contract's terms from the form, starting on {@code start}. */
  private Contract.Terms terms(DeskScope.Desk desk, ContractForm form, LocalDate start) {
    if (form.locationId() == null) {
      throw new BusinessException("contract.locationRequired").on("location");
    }
    Location location = scope.location(desk, form.locationId());
    if (start == null) {
      throw new BusinessException("contract.startRequired").on("start");
    }
    if (form.end() != null && form.end().isBefore(start)) {
      throw new BusinessException("contract.endBeforeStart").on("end");
    }
    FlexHours flex =
        new FlexHours(form.flexDaycareHours(), form.flexOutOfSchoolHours(), form.holidayHours());
    return new Contract.Terms(
        location,
        form.days(),
        form.hoursPerYear(),
        form.hourlyRate(),
        flex,
        new DateRange(start, form.end()));
  }

  private void requireNoOverlap(Child child, Contract.Terms terms, Contract except) {
    em.createQuery("select c from Contract c where c.child = :child", Contract.class)
        .setParameter("child", child)
        .getResultStream()
        .filter(c -> except == null || !c.id().equals(except.id()))
        .filter(c -> c.careType() == terms.location().careType())
        .filter(c -> c.period().overlaps(terms.period()))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessException(
                      "contract.overlaps",
                      child.firstName(),
                      Words.dutch().careType(other.careType()),
                      other.period().start())
                  .on("start");
            });
  }

  private void requireNoOverlappingPlacement(
      Child child, Group group, DateRange period, Placement except) {
    placementsOf(child).stream()
        .filter(p -> except == null || !p.id().equals(except.id()))
        .filter(p -> p.group().location().careType() == group.location().careType())
        .filter(p -> p.period().overlaps(period))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessException(
                      "placement.overlaps",
                      child.firstName(),
                      other.group().name(),
                      other.period().start())
                  .on("start");
            });
  }

  private List<Placement> placementsOf(Child child) {
    return em.createQuery(
            "select p from Placement p join fetch p.group g join fetch g.location"
                + " where p.child = :child",
            Placement.class)
        .setParameter("child", child)
        .getResultList();
  }

  private boolean placedIn(Child child, Group group, LocalDate day) {
    return placementsOf(child).stream()
        .anyMatch(p -> p.group().id().equals(group.id()) && p.period().contains(day));
  }

  /**
   * After a contract changed: its credits follow, and every group the child is placed in at the
   * contract's location in its period must still fit.
   */
  private void afterChange(Child child, Location location, DateRange period) {
    em.flush();
    FamilyCare.forget(child.family());
    changed.fire(new ContractsChanged(child.id()));
    DateRange checked = checked(period);
    placementsOf(child).stream()
        .filter(p -> p.group().location().id().equals(location.id()))
        .filter(p -> p.period().overlaps(checked))
        .map(Placement::group)
        .distinct()
        .forEach(group -> groupFit.requireFits(group, checked));
  }

  /** The part of a period from today on: what a change can still overflow. */
  private DateRange checked(DateRange period) {
    LocalDate today = LocalDate.now(clock);
    LocalDate from = period.start().isBefore(today) ? today : period.start();
    if (period.end() != null && period.end().isBefore(from)) {
      return new DateRange(period.end(), period.end());
    }
    return new DateRange(from, period.end());
  }

  private static boolean runsAfter(DateRange period, LocalDate day) {
    return period.end() == null || period.end().isAfter(day);
  }
}
