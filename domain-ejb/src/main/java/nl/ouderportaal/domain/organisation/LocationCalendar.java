package nl.ouderportaal.domain.organisation;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ouderportaal.domain.platform.PerRequest;

/**
 * What a day is at a location: open or closed, a school day or a holiday or study day, and which
 * day parts it offers at which times; and the organisation's policy per care type.
 */
@Dependent
public class LocationCalendar {

  /**
   * One day at a location.
   *
   * @param note the name of the holiday, study day or closing day, or null
   */
  public record Day(
      LocalDate date, boolean open, boolean schoolFree, String note, CalendarKind kind)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  public Day day(Location location, LocalDate date) {
    return days(location, date, date).get(0);
  }

  /** Every day from {@code from} to {@code to}, both included. */
  public List<Day> days(Location location, LocalDate from, LocalDate to) {
    List<CalendarDay> marked =
        em.createNamedQuery("CalendarDay.ofLocationBetween", CalendarDay.class)
            .setParameter("location", location.id())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Set<DayOfWeek> opens = location.openingDays();
    return from.datesUntil(to.plusDays(1)).map(date -> day(date, marked, opens)).toList();
  }

  static Day day(LocalDate date, List<CalendarDay> marked) {
    return day(date, marked, Weekdays.WORKING_WEEK);
  }

  /**
   * A day at a location that opens on {@code opens}: closed in the weekend, on a weekday it does
   * not open and on a closing day of its calendar; school-free in the weekend and on holidays and
   * study days.
   */
  public static Day day(LocalDate date, List<CalendarDay> marked, Set<DayOfWeek> opens) {
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    Optional<CalendarDay> closed =
        marked.stream().filter(d -> d.kind() == CalendarKind.CLOSED && d.covers(date)).findFirst();
    Optional<CalendarDay> schoolFree =
        marked.stream().filter(d -> d.kind() != CalendarKind.CLOSED && d.covers(date)).findFirst();
    if (closed.isPresent()) {
      return new Day(date, false, true, closed.get().name(), CalendarKind.CLOSED);
    }
    return new Day(
        date,
        !weekend && opens.contains(date.getDayOfWeek()),
        weekend || schoolFree.isPresent(),
        schoolFree.map(CalendarDay::name).orElse(null),
        schoolFree.map(CalendarDay::kind).orElse(null));
  }

  /**
   * The day parts a location offers on a day, with their times: KDV its mornings and afternoons on
   * every open day; BSO before and after school on school days, holiday days on holidays and study
   * days.
   */
  public Map<DayPart, DayPartTimes.Span> dayParts(Location location, Day day) {
    return offered(location.careType(), day, times(location));
  }

  static Map<DayPart, DayPartTimes.Span> offered(
      CareType careType, Day day, Map<DayPart, DayPartTimes.Span> times) {
    Map<DayPart, DayPartTimes.Span> offered = new EnumMap<>(DayPart.class);
    for (DayPart part : DayPart.of(careType)) {
      if (offers(careType, day, part)) {
        offered.put(part, times.get(part));
      }
    }
    return offered;
  }

  /**
   * Whether a location of the care type gives care in the day part that day: KDV its mornings and
   * afternoons on every open day; BSO before and after school on school days, a holiday day on
   * school holidays and study days.
   */
  public static boolean offers(CareType careType, Day day, DayPart part) {
    if (!day.open() || part.careType() != careType) {
      return false;
    }
    return careType == CareType.DAYCARE || (part == DayPart.HOLIDAY_DAY) == day.schoolFree();
  }

  /** The times of every day part of the location's care type. */
  public Map<DayPart, DayPartTimes.Span> times(Location location) {
    return PerRequest.remember(new Times(location.id()), () -> Map.copyOf(readTimes(location)));
  }

  private Map<DayPart, DayPartTimes.Span> readTimes(Location location) {
    Map<DayPart, DayPartTimes.Span> times = new EnumMap<>(DayPart.class);
    for (DayPart part : DayPart.values()) {
      if (part.careType() == location.careType()) {
        times.put(part, DayPartTimes.standard(part));
      }
    }
    em.createNamedQuery("DayPartTimes.ofLocation", DayPartTimes.class)
        .setParameter("location", location.id())
        .getResultStream()
        .forEach(t -> times.put(t.dayPart(), t.span()));
    return times;
  }

  /** The organisation's policy for the care type, or the defaults. */
  public CarePolicy policy(Organisation organisation, CareType careType) {
    CarePolicy.Key key = new CarePolicy.Key(organisation.id(), careType);
    return PerRequest.remember(
        key,
        () -> {
          CarePolicy policy = em.find(CarePolicy.class, key);
          return policy != null ? policy : CarePolicy.standard(organisation.id(), careType);
        });
  }

  /**
   * After a change of the times of a location's day parts or of a care policy: what this page
   * request kept of them (every planner use case reads them, so they are read once per request).
   */
  public static void forget(Object changed) {
    PerRequest.forget(changed);
  }

  /** The key of a location's day part times within one page request. */
  public record Times(java.util.UUID locationId) {}
}
