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

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The last day the family's parents can log in, or empty while care runs or is to come. */
  public Optional<LocalDate> lastDayOfAccess(Family family) {
    return AccessAfterCare.lastDay(
        contracts(family), family.organisation().accessAfterCareWeeks(), LocalDate.now(clock));
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
