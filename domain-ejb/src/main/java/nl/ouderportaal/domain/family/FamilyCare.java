package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/** Where a family's care stands today: running, or ended and until when they can log in. */
@Dependent
public class FamilyCare {

  /**
   * Where the family's care stands: ended (only reading and downloading is left) and until when its
   * parents can log in, or running.
   */
  public record State(boolean ended, LocalDate lastDayOfAccess) implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The family's state, from one query. */
  public State state(Family family) {
    List<DateRange> contracts = contracts(family);
    LocalDate today = LocalDate.now(clock);
    return new State(
        AccessAfterCare.careEnded(contracts, today),
        AccessAfterCare.lastDay(contracts, family.organisation().accessAfterCareWeeks(), today)
            .orElse(null));
  }

  /** The last day the family's parents can log in, or empty while care runs or is to come. */
  public Optional<LocalDate> lastDayOfAccess(Family family) {
    return AccessAfterCare.lastDay(
        contracts(family), family.organisation().accessAfterCareWeeks(), LocalDate.now(clock));
  }

  /**
   * The last day a child's parents can still see its photos and diary, or empty while its care runs
   * or is to come: the end of its own last contract plus the organisation's weeks after care. A
   * brother or sister in care keeps the family's login, not this child's data.
   */
  public Optional<LocalDate> lastDayOfAccess(Child child) {
    return AccessAfterCare.lastDay(
        childContracts(child),
        child.family().organisation().accessAfterCareWeeks(),
        LocalDate.now(clock));
  }

  /** Whether the child's parents can no longer see its photos and diary. */
  public boolean accessEnded(Child child) {
    return lastDayOfAccess(child).filter(last -> last.isBefore(LocalDate.now(clock))).isPresent();
  }

  /** The children among these whose parents can no longer see them, in one query. */
  public java.util.Set<java.util.UUID> accessEnded(java.util.Collection<Child> children) {
    if (children.isEmpty()) {
      return java.util.Set.of();
    }
    LocalDate today = LocalDate.now(clock);
    java.util.Map<java.util.UUID, List<DateRange>> periods = new java.util.HashMap<>();
    em.createQuery(
            "select c.child.id, c.period from Contract c where c.child.id in :children",
            Object[].class)
        .setParameter("children", children.stream().map(Child::id).toList())
        .getResultStream()
        .forEach(
            row ->
                periods
                    .computeIfAbsent((java.util.UUID) row[0], id -> new java.util.ArrayList<>())
                    .add((DateRange) row[1]));
    java.util.Set<java.util.UUID> ended = new java.util.HashSet<>();
    for (Child child : children) {
      AccessAfterCare.lastDay(
              periods.getOrDefault(child.id(), List.of()),
              child.family().organisation().accessAfterCareWeeks(),
              today)
          .filter(last -> last.isBefore(today))
          .ifPresent(last -> ended.add(child.id()));
    }
    return ended;
  }

  private List<DateRange> childContracts(Child child) {
    return em.createQuery("select c.period from Contract c where c.child = :child", DateRange.class)
        .setParameter("child", child)
        .getResultList();
  }

  public boolean careEnded(Family family) {
    return AccessAfterCare.careEnded(contracts(family), LocalDate.now(clock));
  }

  /** Refuses anything new from a family whose care ended: they may only read and download. */
  public void requireRunningCare(Family family) {
    if (careEnded(family)) {
      throw new BusinessException("care.ended");
    }
  }

  private List<DateRange> contracts(Family family) {
    return em.createQuery(
            "select c.period from Contract c where c.child.family = :family", DateRange.class)
        .setParameter("family", family)
        .getResultList();
  }
}
