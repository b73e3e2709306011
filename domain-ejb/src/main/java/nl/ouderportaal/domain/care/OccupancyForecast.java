package nl.ouderportaal.domain.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.Role;

/**
 * The occupancy of the groups in the coming weeks, for the service desk's dashboard (every group of
 * the organisation) and a group worker's (their own groups): per group, week and day part, the
 * busiest day of that week: how many children come (by contract, and with approved extra care),
 * against the group's capacity, and how many group workers the staff-child ratio asks for then. A
 * handful of queries for the whole organisation, whatever its size.
 */
@Stateless
public class OccupancyForecast {

  /** The busiest day of a week in one day part. */
  public record Cell(
      LocalDate busiestDay, int children, int capacity, int staff, boolean approximate)
      implements Serializable {

    public int percent() {
      return capacity == 0 ? 0 : children * 100 / capacity;
    }

    public boolean full() {
      return children >= capacity && capacity > 0;
    }
  }

  /** A week of a group. */
  public record Week(LocalDate monday, Map<DayPart, Cell> parts) implements Serializable {}

  /** A group's coming weeks. */
  public record GroupWeeks(
      UUID groupId, String group, String location, CareType careType, List<Week> weeks)
      implements Serializable {}

  /** How many weeks the dashboard looks ahead. */
  public static final int WEEKS = 8;

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private LocationCalendar calendar;
  @Inject private Clock clock;

  /** The next {@link #WEEKS} weeks, from this week's Monday, of the groups the caller sees. */
  public List<GroupWeeks> coming() {
    StaffMember staff = access.staffOfCaller();
    List<Group> groups;
    if (access.callerHas(Role.SERVICEDESK)) {
      groups =
          em.createQuery(
                  "select distinct g from Group g join fetch g.location l left join fetch g.capacities"
                      + " where l.organisation = :o",
                  Group.class)
              .setParameter("o", staff.organisation())
              .getResultList();
    } else {
      groups = List.copyOf(staff.groups());
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    LocalDate from = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate to = from.plusWeeks(WEEKS).minusDays(1);
    List<UUID> groupIds = groups.stream().map(Group::id).toList();
    List<Placement> placements =
        em.createQuery(
                "select p from Placement p join fetch p.child where p.group.id in :groups"
                    + " and p.period.start <= :to and (p.period.end is null or p.period.end >= :from)",
                Placement.class)
            .setParameter("groups", groupIds)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<UUID, Child> children = new HashMap<>();
    placements.forEach(p -> children.put(p.child().id(), p.child()));
    Map<UUID, List<Contract>> contracts =
        children.isEmpty()
            ? Map.of()
            : em.createQuery(
                    "select distinct c from Contract c left join fetch c.days where c.child.id in :children"
                        + " and c.period.start <= :to and (c.period.end is null or c.period.end >= :from)",
                    Contract.class)
                .setParameter("children", children.keySet())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .collect(Collectors.groupingBy(c -> c.child().id()));
    List<CareRequestLine> extras =
        em.createQuery(
                "select l from CareRequestLine l join fetch l.child where l.group.id in :groups"
                    + " and l.careDay between :from and :to and l.cancelledAt is null"
                    + " and l.request.status = :approved",
                CareRequestLine.class)
            .setParameter("groups", groupIds)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("approved", RequestStatus.APPROVED)
            .getResultList();
    extras.forEach(l -> children.put(l.child().id(), l.child()));

    Map<UUID, List<LocationCalendar.Day>> days = new HashMap<>();
    Map<UUID, Map<DayPart, DayPartTimes.Span>> times = new HashMap<>();
    List<GroupWeeks> result = new ArrayList<>();
    for (Group group :
        groups.stream()
            .sorted(
                Comparator.comparing((Group g) -> g.location().name()).thenComparing(Group::name))
            .toList()) {
      Location location = group.location();
      List<LocationCalendar.Day> open =
          days.computeIfAbsent(location.id(), id -> calendar.days(location, from, to));
      Map<DayPart, DayPartTimes.Span> spans =
          times.computeIfAbsent(location.id(), id -> calendar.times(location));
      List<GroupLoad.Placed> placed =
          placements.stream()
              .filter(p -> p.group().id().equals(group.id()))
              .map(
                  p ->
                      new GroupLoad.Placed(
                          p.child().id(),
                          p.period(),
                          contracts.getOrDefault(p.child().id(), List.of()).stream()
                              .filter(c -> c.location().id().equals(location.id()))
                              .map(c -> new GroupLoad.Booking(c.period(), Set.copyOf(c.days())))
                              .toList()))
              .toList();
      Map<LocalDate, Map<DayPart, Set<UUID>>> load =
          GroupLoad.byDay(location.careType(), open, placed);
      for (CareRequestLine extra : extras) {
        if (!extra.group().id().equals(group.id())) {
          continue;
        }
        Map<DayPart, Set<UUID>> day = load.get(extra.careDay());
        if (day == null) {
          continue;
        }
        spans.forEach(
            (part, span) -> {
              if (span.overlaps(extra.span()) && day.containsKey(part)) {
                day.get(part).add(extra.child().id());
              }
            });
      }
      List<Week> weeks = new ArrayList<>();
      for (int w = 0; w < WEEKS; w++) {
        LocalDate monday = from.plusWeeks(w);
        Map<DayPart, Cell> parts = new EnumMap<>(DayPart.class);
        for (DayPart part : DayPart.of(location.careType())) {
          LocalDate busiest = null;
          Set<UUID> most = Set.of();
          for (int d = 0; d < 5; d++) {
            LocalDate date = monday.plusDays(d);
            Set<UUID> present = load.getOrDefault(date, Map.of()).getOrDefault(part, Set.of());
            if (busiest == null || present.size() > most.size()) {
              busiest = date;
              most = new HashSet<>(present);
            }
          }
          LocalDate day = busiest;
          StaffChildRatio.Need need =
              StaffChildRatio.of(
                  location.careType(),
                  most.stream().map(id -> children.get(id).ageInMonthsOn(day)).toList());
          parts.put(
              part,
              new Cell(day, most.size(), group.capacity(part), need.staff(), need.approximate()));
        }
        weeks.add(new Week(monday, parts));
      }
      result.add(
          new GroupWeeks(group.id(), group.name(), location.name(), location.careType(), weeks));
    }
    return result;
  }
}
