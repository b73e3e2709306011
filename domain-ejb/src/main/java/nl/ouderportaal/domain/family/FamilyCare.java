package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.PerRequest;

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

  /** The family's state, from one (cached) query. */
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

  /** The children among these (of one family) whose parents can no longer see them. */
  public Set<UUID> accessEnded(Collection<Child> children) {
    LocalDate today = LocalDate.now(clock);
    Set<UUID> ended = new HashSet<>();
    for (Child child : children) {
      AccessAfterCare.lastDay(
              childContracts(child), child.family().organisation().accessAfterCareWeeks(), today)
          .filter(last -> last.isBefore(today))
          .ifPresent(last -> ended.add(child.id()));
    }
    return ended;
  }

  private List<DateRange> childContracts(Child child) {
    return periods(child.family()).getOrDefault(child.id(), List.of());
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
    return held(family).stream().map(Held::period).toList();
  }

  private Map<UUID, List<DateRange>> periods(Family family) {
    Map<UUID, List<DateRange>> periods = new HashMap<>();
    held(family)
        .forEach(
            h -> periods.computeIfAbsent(h.childId(), id -> new ArrayList<>()).add(h.period()));
    return periods;
  }

  /** The locations where one of the family's children has a contract on the day. */
  public Set<UUID> contractLocationsOn(Family family, LocalDate day) {
    Set<UUID> locations = new HashSet<>();
    held(family).stream()
        .filter(h -> h.period().contains(day))
        .forEach(h -> locations.add(h.locationId()));
    return locations;
  }

  /** A contract of one of the family's children: where and when. */
  private record Held(UUID childId, UUID locationId, DateRange period) {}

  /**
   * The contracts of the family's children (where and when), from one query per page request: every
   * portal page asks whether the family and each child are still in care. A change of a contract
   * forgets them ({@link #forget(Family)}).
   */
  private List<Held> held(Family family) {
    return PerRequest.remember(
        new Periods(family.id()),
        () ->
            em
                .createNamedQuery("Contract.periodsOfFamily", Object[].class)
                .setParameter("family", family.id())
                .getResultList()
                .stream()
                .map(
                    row ->
                        new Held(
                            (UUID) row[0],
                            (UUID) row[3],
                            new DateRange((LocalDate) row[1], (LocalDate) row[2])))
                .toList());
  }

  /** After a change of one of the family's contracts, within the same request. */
  static void forget(Family family) {
    PerRequest.forget(new Periods(family.id()));
    FamilyPlacements.forget(family);
  }

  /** The key of a family's contract periods within one page request. */
  private record Periods(UUID familyId) {}
}
