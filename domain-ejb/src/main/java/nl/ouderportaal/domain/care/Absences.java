package nl.ouderportaal.domain.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Afwezigheid doorgeven': a child will not come on days it is expected. No hours are given back;
 * the group's staff see it in their day list, and the place counts as free.
 */
@Stateless
public class Absences {

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CarePlanner planner;
  @Inject private FamilyCare familyCare;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Reports the child absent on each of the days; a day already reported is left as it is. */
  public int report(UUID childId, List<LocalDate> days, AbsenceReason reason, String note) {
    Child child = access.readable(childId);
    boolean parent = access.isOwnChild(child);
    if (!parent && !currentUser.is(Role.SERVICEDESK)) {
      throw new NotFoundException();
    }
    familyCare.requireRunningCare(child.family());
    if (days == null || days.isEmpty()) {
      throw new BusinessException("absence.noDays").on("days");
    }
    if (reason == null) {
      throw new BusinessException("absence.reasonRequired").on("reason");
    }
    if (note != null && note.length() > 500) {
      throw new BusinessException("absence.noteTooLong").on("note");
    }
    LocalDate today = LocalDate.now(clock);
    UUID by = currentUser.requireAccountId();
    int reported = 0;
    for (LocalDate day : days.stream().distinct().sorted().toList()) {
      if (day.isBefore(today)) {
        throw new BusinessException("absence.inThePast").on("days");
      }
      CarePlanner.ChildDay childDay = planner.childDay(child, day);
      if (!childDay.day().open() || childDay.booked().isEmpty()) {
        throw new BusinessException("absence.notExpected", child.firstName(), day).on("days");
      }
      boolean known =
          !em.createQuery(
                  "select a.id from Absence a where a.child = :child and a.careDay = :day",
                  UUID.class)
              .setParameter("child", child)
              .setParameter("day", day)
              .getResultList()
              .isEmpty();
      if (!known) {
        em.persist(new Absence(child, day, reason, note, by, clock.instant()));
        reported++;
      }
    }
    audit.record(by, "ABSENCE_REPORTED", "CHILD", child.id(), reported + " days, " + reason);
    return reported;
  }
}
