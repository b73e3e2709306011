package nl.ouderportaal.domain.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes.Span;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.organisation.StaffMember;

/**
 * A group worker's day list: per group and day part, who is expected by contract, who comes extra,
 * and who is reported absent, and how many group workers the children present need (the BKR, see
 * {@link StaffChildRatio}).
 */
@Stateless
public class DayList {

  /** One day part of one group. */
  public record Part(
      String group,
      DayPart dayPart,
      Span span,
      List<String> expected,
      List<String> extra,
      List<Away> absent,
      int present,
      int capacity,
      StaffChildRatio.Need staff)
      implements Serializable {}

  /**
   * A child reported absent, with the reason the parents chose (not their note: the group needs to
   * know that a child is ill, not more).
   */
  public record Away(String name, AbsenceReason reason) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CarePlanner planner;
  @Inject private LocationCalendar calendar;

  public List<Part> of(LocalDate day) {
    StaffMember staff = access.staffOfCaller();
    List<Part> parts = new ArrayList<>();
    for (Group group : staff.groups().stream().sorted(Comparator.comparing(Group::name)).toList()) {
      LocationCalendar.Day calendarDay = calendar.day(group.location(), day);
      for (Map.Entry<DayPart, Span> offered :
          calendar.dayParts(group.location(), calendarDay).entrySet()) {
        Occupancy occupancy =
            planner.occupancy(group, day, offered.getValue()).get(offered.getKey());
        if (occupancy == null) {
          continue;
        }
        parts.add(
            new Part(
                group.name(),
                offered.getKey(),
                offered.getValue(),
                names(
                    occupancy.contract().stream()
                        .filter(id -> !occupancy.absent().contains(id))
                        .toList()),
                names(
                    occupancy.extra().stream()
                        .filter(id -> !occupancy.contract().contains(id))
                        .toList()),
                away(
                    occupancy.absent().stream()
                        .filter(
                            id ->
                                occupancy.contract().contains(id) || occupancy.extra().contains(id))
                        .toList(),
                    day),
                occupancy.count(),
                group.capacity(offered.getKey()),
                planner.staffNeed(group, day, occupancy.present())));
      }
    }
    return parts;
  }

  private List<Away> away(List<UUID> children, LocalDate day) {
    if (children.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Absence a join fetch a.child c"
                + " where c.id in :ids and a.careDay = :day order by c.firstName",
            Absence.class)
        .setParameter("ids", children)
        .setParameter("day", day)
        .getResultStream()
        .map(a -> new Away(a.child().fullName(), a.reason()))
        .toList();
  }

  private List<String> names(List<UUID> children) {
    if (children.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Child c where c.id in :ids order by c.firstName", Child.class)
        .setParameter("ids", children)
        .getResultStream()
        .map(Child::fullName)
        .toList();
  }
}
