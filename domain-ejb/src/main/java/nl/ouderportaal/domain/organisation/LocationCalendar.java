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
    return from.datesUntil(to.plusDays(1)).map(date -> day(date, marked)).toList();
  }

  static Day day(LocalDate date, List<CalendarDay> marked) {
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
        !weekend,
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
    if (!day.open()) {
      return offered;
    }
    for (DayPart part : DayPart.values()) {
      if (part.careType() != careType) {
        continue;
      }
      boolean holidayPart = part == DayPart.HOLIDAY_DAY;
      if (careType == CareType.DAYCARE || holidayPart == day.schoolFree()) {
        offered.put(part, times.get(part));
      }
    }
    return offered;
  }

  /** The times of every day part of the location's care type. */
  public Map<DayPart, DayPartTimes.Span> times(Location location) {
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
    CarePolicy policy = em.find(CarePolicy.class, new CarePolicy.Key(organisation.id(), careType));
    return policy != null ? policy : CarePolicy.standard(organisation.id(), careType);
  }
}
