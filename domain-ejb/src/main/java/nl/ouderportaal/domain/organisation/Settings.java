package nl.ouderportaal.domain.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The organisation's settings that the service desk keeps: the request window and cancel deadline
 * per care type, the account policies, opening hours and day-part times per location, group
 * capacity, and the calendar of holidays, study days and closing days.
 */
@Stateless
public class Settings {

  /** A location with its times and calendar. */
  public record LocationSettings(
      UUID id,
      String name,
      CareType careType,
      LocalTime opensAt,
      LocalTime closesAt,
      Map<DayPart, DayPartTimes.Span> dayParts,
      List<GroupSettings> groups,
      List<CalendarEntry> calendar)
      implements Serializable {}

  /** A group and its capacity. */
  public record GroupSettings(
      UUID id, String name, int minAgeMonths, int maxAgeMonths, int capacity)
      implements Serializable {}

  /** A calendar entry. */
  public record CalendarEntry(
      UUID id, CalendarKind kind, LocalDate firstDay, LocalDate lastDay, String name)
      implements Serializable {}

  /** The policies of the organisation. */
  public record Policies(
      int invitationLeadMonths,
      int accessAfterCareWeeks,
      int diaryAgeMonths,
      Map<CareType, CarePolicyView> care)
      implements Serializable {}

  /** A care policy as the page edits it. */
  public record CarePolicyView(
      int minDaysAhead, int maxDaysAhead, int cancelDaysBefore, LocalTime cancelUntil)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Employees employees;
  @Inject private LocationCalendar calendar;
  @Inject private AuditLog audit;

  public Policies policies() {
    Organisation organisation = organisation();
    Map<CareType, CarePolicyView> care = new java.util.EnumMap<>(CareType.class);
    for (CareType type : CareType.values()) {
      CarePolicy p = calendar.policy(organisation, type);
      care.put(
          type,
          new CarePolicyView(
              p.minDaysAhead(), p.maxDaysAhead(), p.cancelDaysBefore(), p.cancelUntil()));
    }
    return new Policies(
        organisation.invitationLeadMonths(),
        organisation.accessAfterCareWeeks(),
        organisation.diaryAgeMonths(),
        care);
  }

  public void changeCarePolicy(CareType type, CarePolicyView view) {
    Organisation organisation = organisation();
    CarePolicy policy = em.find(CarePolicy.class, new CarePolicy.Key(organisation.id(), type));
    LocationCalendar.forget(new CarePolicy.Key(organisation.id(), type));
    try {
      if (policy == null) {
        em.persist(
            new CarePolicy(
                organisation.id(),
                type,
                view.minDaysAhead(),
                view.maxDaysAhead(),
                view.cancelDaysBefore(),
                view.cancelUntil()));
      } else {
        policy.change(
            view.minDaysAhead(), view.maxDaysAhead(), view.cancelDaysBefore(), view.cancelUntil());
      }
    } catch (IllegalArgumentException invalid) {
      throw new BusinessException("settings.policyInvalid");
    }
    audit.record(
        currentUser.requireAccountId(),
        "POLICY_CHANGED",
        "ORGANISATION",
        organisation.id(),
        type + " " + view);
  }

  public void changeAccountPolicies(int invitationLeadMonths, int accessAfterCareWeeks) {
    Organisation organisation = organisation();
    try {
      organisation.changeAccountPolicies(invitationLeadMonths, accessAfterCareWeeks);
    } catch (IllegalArgumentException invalid) {
      throw new BusinessException("settings.policyInvalid");
    }
    audit.record(
        currentUser.requireAccountId(),
        "POLICY_CHANGED",
        "ORGANISATION",
        organisation.id(),
        "invitation "
            + invitationLeadMonths
            + " months, access "
            + accessAfterCareWeeks
            + " weeks");
  }

  /**
   * The diary is kept for children younger than {@code months} (0 to 60): from now on a diary opens
   * or closes by this age, for staff and parents alike. Entries already written stay readable.
   */
  public void changeDiaryAge(int months) {
    Organisation organisation = organisation();
    try {
      organisation.changeDiaryAge(months);
    } catch (IllegalArgumentException invalid) {
      throw new BusinessException("settings.diaryAgeInvalid", 0, 60).on("diaryAgeMonths");
    }
    audit.record(
        currentUser.requireAccountId(),
        "POLICY_CHANGED",
        "ORGANISATION",
        organisation.id(),
        "diary age " + months + " months");
  }

  public List<LocationSettings> locations(int year) {
    Organisation organisation = organisation();
    return em.createQuery(
            "select l from Location l where l.organisation = :o order by l.name", Location.class)
        .setParameter("o", organisation)
        .getResultStream()
        .map(location -> settingsOf(location, year))
        .toList();
  }

  public void changeOpeningHours(UUID locationId, LocalTime opensAt, LocalTime closesAt) {
    Location location = location(locationId);
    if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
      throw new BusinessException("settings.timesInvalid");
    }
    location.changeOpeningHours(opensAt, closesAt);
    audit.record(
        currentUser.requireAccountId(),
        "OPENING_HOURS_CHANGED",
        "LOCATION",
        locationId,
        opensAt + "-" + closesAt);
  }

  public void changeDayPart(UUID locationId, DayPart part, LocalTime start, LocalTime end) {
    Location location = location(locationId);
    if (part.careType() != location.careType()
        || start == null
        || end == null
        || !start.isBefore(end)
        || start.isBefore(location.opensAt())
        || end.isAfter(location.closesAt())) {
      throw new BusinessException("settings.timesInvalid");
    }
    DayPartTimes times = em.find(DayPartTimes.class, new DayPartTimes.Key(location.id(), part));
    LocationCalendar.forget(new LocationCalendar.Times(location.id()));
    if (times == null) {
      em.persist(new DayPartTimes(location, part, start, end));
    } else {
      times.change(start, end);
    }
    audit.record(
        currentUser.requireAccountId(),
        "DAY_PART_CHANGED",
        "LOCATION",
        locationId,
        part + " " + start + "-" + end);
  }

  public UUID addCalendarDay(
      UUID locationId, CalendarKind kind, LocalDate first, LocalDate last, String name) {
    Location location = location(locationId);
    if (kind == null || first == null || name == null || name.isBlank()) {
      throw new BusinessException("settings.calendarInvalid");
    }
    LocalDate end = last == null ? first : last;
    if (end.isBefore(first) || end.isAfter(first.plusMonths(3))) {
      throw new BusinessException("settings.calendarInvalid");
    }
    CalendarDay day = new CalendarDay(location, kind, first, end, name);
    em.persist(day);
    audit.record(
        currentUser.requireAccountId(),
        "CALENDAR_ADDED",
        "LOCATION",
        locationId,
        kind + " " + first + ".." + end + " " + name);
    return day.id();
  }

  public void removeCalendarDay(UUID calendarDayId) {
    CalendarDay day = calendarDayId == null ? null : em.find(CalendarDay.class, calendarDayId);
    if (day == null || !day.location().organisation().id().equals(organisation().id())) {
      throw new NotFoundException();
    }
    em.remove(day);
    audit.record(
        currentUser.requireAccountId(),
        "CALENDAR_REMOVED",
        "LOCATION",
        day.location().id(),
        day.name());
  }

  private LocationSettings settingsOf(Location location, int year) {
    List<GroupSettings> groups =
        em.createQuery("select g from Group g where g.location = :l order by g.name", Group.class)
            .setParameter("l", location)
            .getResultStream()
            .map(
                g ->
                    new GroupSettings(
                        g.id(), g.name(), g.minAgeMonths(), g.maxAgeMonths(), g.capacity()))
            .toList();
    List<CalendarEntry> entries =
        em.createNamedQuery("CalendarDay.ofLocationBetween", CalendarDay.class)
            .setParameter("location", location.id())
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            .getResultStream()
            .map(d -> new CalendarEntry(d.id(), d.kind(), d.firstDay(), d.lastDay(), d.name()))
            .toList();
    return new LocationSettings(
        location.id(),
        location.name(),
        location.careType(),
        location.opensAt(),
        location.closesAt(),
        calendar.times(location),
        groups,
        entries);
  }

  private Location location(UUID locationId) {
    Location location = locationId == null ? null : em.find(Location.class, locationId);
    if (location == null || !location.organisation().id().equals(organisation().id())) {
      throw new NotFoundException();
    }
    return location;
  }

  private Organisation organisation() {
    currentUser.require(Role.SERVICEDESK);
    return employees.current().organisation();
  }
}
