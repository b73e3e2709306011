package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.GroupOccupancy;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Checks that a group's children fit it, with the placements and contracts as the database has them
 * in the current transaction: a boundary makes its change, flushes, and asks here; a refusal rolls
 * the change back. Looks a year ahead, in which every weekly pattern of the contracts shows.
 */
@Dependent
public class GroupFit implements GroupOccupancy {

  /** How far ahead a change is checked. */
  static final int DAYS_AHEAD = 366;

  /** How many overflowing day parts a refusal names. */
  static final int NAMED = 5;

  @PersistenceContext private EntityManager em;
  @Inject private LocationCalendar calendar;

  @Override
  public void requireFits(Group group, Map<DayPart, Integer> capacities, LocalDate from) {
    requireFits(group, capacities, new DateRange(from, from.plusDays(DAYS_AHEAD - 1)));
  }

  /** Refuses when the group's children overflow its own capacities somewhere in the period. */
  public void requireFits(Group group, DateRange period) {
    requireFits(group, group.capacities(), period);
  }

  private void requireFits(Group group, Map<DayPart, Integer> capacities, DateRange period) {
    LocalDate from = period.start();
    LocalDate to =
        period.isOpenEnded() || period.end().isAfter(from.plusDays(DAYS_AHEAD - 1))
            ? from.plusDays(DAYS_AHEAD - 1)
            : period.end();
    em.flush();
    List<GroupLoad.Overflow> overflows =
        GroupLoad.overflows(
            group.location().careType(),
            capacities,
            calendar.days(group.location(), from, to),
            placed(group, from, to),
            NAMED);
    if (!overflows.isEmpty()) {
      throw new BusinessException(
          "group.overflow", group.name(), (java.io.Serializable) List.copyOf(overflows));
    }
  }

  @Override
  public boolean inUse(Group group) {
    return !em.createQuery("select p.id from Placement p where p.group = :group", UUID.class)
        .setParameter("group", group)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The children placed in the group in the period, with their contracts at its location. */
  List<GroupLoad.Placed> placed(Group group, LocalDate from, LocalDate to) {
    List<Placement> placements =
        em.createQuery(
                "select p from Placement p where p.group = :group and p.period.start <= :to"
                    + " and (p.period.end is null or p.period.end >= :from)",
                Placement.class)
            .setParameter("group", group)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    if (placements.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<GroupLoad.Booking>> contracts =
        em.createQuery(
                "select distinct c from Contract c left join fetch c.days"
                    + " where c.child.id in :children and c.location = :location"
                    + " and c.period.start <= :to and (c.period.end is null or c.period.end >= :from)",
                Contract.class)
            .setParameter(
                "children", placements.stream().map(p -> p.child().id()).distinct().toList())
            .setParameter("location", group.location())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    c -> c.child().id(),
                    Collectors.mapping(GroupLoad.Booking::of, Collectors.toList())));
    return placements.stream()
        .map(
            p ->
                new GroupLoad.Placed(
                    p.child().id(), p.period(), contracts.getOrDefault(p.child().id(), List.of())))
        .toList();
  }
}
