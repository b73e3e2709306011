package nl.ouderportaal.domain.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes.Span;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.LocationCalendar;

/**
 * The family's agenda: per day, each child's contract care, requested care with its status,
 * absences, and the holidays and closing days of the children's locations.
 */
@Stateless
public class Agenda {

  /** What is on a day for a child. */
  public enum Kind {
    CONTRACT,
    REQUEST,
    ABSENCE
  }

  /** One thing on a day. */
  public record Entry(
      LocalDate day,
      UUID childId,
      String childName,
      Kind kind,
      DayPart dayPart,
      LocalTime start,
      LocalTime end,
      RequestStatus status,
      UUID requestId,
      UUID lineId,
      boolean cancellable,
      ZonedDateTime cancelUntil,
      AbsenceReason absenceReason)
      implements Serializable {}

  /** A holiday, study day or closing day. */
  public record Mark(LocalDate day, CalendarKind kind, String name) implements Serializable {}

  /** A stretch of the agenda. */
  public record Period(LocalDate from, LocalDate to, List<Entry> entries, List<Mark> marks)
      implements Serializable {

    public List<Entry> on(LocalDate day) {
      return entries.stream().filter(e -> e.day().equals(day)).toList();
    }

    public List<Mark> marksOn(LocalDate day) {
      return marks.stream().filter(m -> m.day().equals(day)).toList();
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private LocationCalendar calendar;
  @Inject private CarePlanner planner;
  @Inject private Clock clock;

  public Period month(YearMonth month) {
    return between(month.atDay(1), month.atEndOfMonth());
  }

  /** The agenda from {@code from} to {@code to}, both included (at most 62 days). */
  public Period between(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || to.isAfter(from.plusDays(62))) {
      throw new IllegalArgumentException("an agenda of at most two months");
    }
    Family family = access.familyOfCaller();
    List<Child> children =
        em.createNamedQuery("Child.ofFamily", Child.class)
            .setParameter("family", family)
            .getResultList();
    List<Entry> entries = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    Map<UUID, List<LocationCalendar.Day>> daysOfLocation = new HashMap<>();
    for (Child child : children) {
      List<Contract> contracts =
          em.createQuery(
                  "select distinct c from Contract c left join fetch c.days where c.child = :child",
                  Contract.class)
              .setParameter("child", child)
              .getResultList();
      for (Contract contract : contracts) {
        Location location = contract.location();
        List<LocationCalendar.Day> days =
            daysOfLocation.computeIfAbsent(location.id(), id -> calendar.days(location, from, to));
        Map<DayPart, Span> times = calendar.times(location);
        for (LocationCalendar.Day day : days) {
          if (!day.open()) {
            continue;
          }
          for (DayPart part : times.keySet()) {
            if (contract.booksOn(day, part)) {
              Span span = times.get(part);
              entries.add(
                  new Entry(
                      day.date(),
                      child.id(),
                      child.firstName(),
                      Kind.CONTRACT,
                      part,
                      span.start(),
                      span.end(),
                      null,
                      null,
                      null,
                      false,
                      null,
                      null));
            }
          }
        }
      }
    }
    daysOfLocation.values().stream()
        .flatMap(List::stream)
        .filter(d -> d.kind() != null)
        .map(d -> new Mark(d.date(), d.kind(), d.note()))
        .distinct()
        .forEach(marks::add);
    java.time.Instant now = clock.instant();
    em.createQuery(
            "select l from CareRequestLine l join fetch l.request r where r.family = :family"
                + " and l.careDay between :from and :to and l.cancelledAt is null"
                + " and r.status in :live",
            CareRequestLine.class)
        .setParameter("family", family)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("live", List.of(RequestStatus.SUBMITTED, RequestStatus.APPROVED))
        .getResultStream()
        .forEach(
            line -> {
              CareRequests.LineView view = planner.view(line, now);
              entries.add(
                  new Entry(
                      line.careDay(),
                      line.child().id(),
                      line.child().firstName(),
                      Kind.REQUEST,
                      line.dayPart(),
                      view.start(),
                      view.end(),
                      line.request().status(),
                      line.request().id(),
                      line.id(),
                      view.cancellable(),
                      view.cancelUntil(),
                      null));
            });
    em.createQuery(
            "select a from Absence a where a.child.family = :family and a.careDay between :from and :to",
            Absence.class)
        .setParameter("family", family)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            a ->
                entries.add(
                    new Entry(
                        a.careDay(),
                        a.child().id(),
                        a.child().firstName(),
                        Kind.ABSENCE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        a.reason())));
    entries.sort(
        Comparator.comparing(Entry::day)
            .thenComparing(Entry::childName)
            .thenComparing(e -> e.start() == null ? LocalTime.MIN : e.start()));
    return new Period(from, to, entries, marks);
  }
}
