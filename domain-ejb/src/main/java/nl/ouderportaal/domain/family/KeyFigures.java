package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.Role;

/**
 * The live counts on the back-office dashboard, for the caller's organisation: families, children
 * in care today, running contracts, parents with an active account, and the contracts that start
 * and end this month.
 */
@Stateless
public class KeyFigures {

  /** The counts of one moment. */
  public record Figures(
      long families,
      long childrenInCareToday,
      long activeContracts,
      long parentsWithActiveAccount,
      long parents,
      long contractsStarting,
      long contractsEnding)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** What waits for the service desk, for the menu's badges: requests to review, questions. */
  public record Waiting(long requests, long questions) implements Serializable {}

  /**
   * The counts of the dashboard, in one statement. Requests and questions by entity name, as those
   * features use this one.
   */
  public Figures now() {
    UUID organisation = access.staffOfCaller().organisation().id();
    LocalDate today = LocalDate.now(clock);
    java.time.YearMonth month = java.time.YearMonth.from(today);
    Object[] counts =
        em.createQuery(
                "select"
                    + " (select count(f) from Family f where f.organisation.id = :organisation),"
                    + " (select count(distinct p.child) from Placement p"
                    + "   where p.group.location.organisation.id = :organisation"
                    + "   and p.period.start <= :day"
                    + "   and (p.period.end is null or p.period.end >= :day)),"
                    + " (select count(c) from Contract c"
                    + "   where c.location.organisation.id = :organisation"
                    + "   and c.period.start <= :day"
                    + "   and (c.period.end is null or c.period.end >= :day)),"
                    + " (select count(pa) from Parent pa, UserAccount a where a.id = pa.accountId"
                    + "   and pa.family.organisation.id = :organisation and a.status = :active),"
                    + " (select count(pb) from Parent pb"
                    + "   where pb.family.organisation.id = :organisation),"
                    + " (select count(cs) from Contract cs"
                    + "   where cs.location.organisation.id = :organisation"
                    + "   and cs.period.start between :first and :last),"
                    + " (select count(ce) from Contract ce"
                    + "   where ce.location.organisation.id = :organisation"
                    + "   and ce.period.end between :first and :last)"
                    + " from Organisation o where o.id = :organisation",
                Object[].class)
            .setParameter("organisation", organisation)
            .setParameter("day", today)
            .setParameter("active", AccountStatus.ACTIVE)
            .setParameter("first", month.atDay(1))
            .setParameter("last", month.atEndOfMonth())
            .getSingleResult();
    return new Figures(
        count(counts[0]),
        count(counts[1]),
        count(counts[2]),
        count(counts[3]),
        count(counts[4]),
        count(counts[5]),
        count(counts[6]));
  }

  /** The requests and questions waiting for the caller, of the service desk, in one statement. */
  public Waiting waiting() {
    UUID organisation = currentUser.organisationOf(Role.SERVICEDESK);
    Object[] counts =
        em.createQuery(
                "select"
                    + " (select count(r) from CareRequest r where r.status = nl.ouderportaal.domain.care.RequestStatus.SUBMITTED"
                    + "   and r.family.organisation.id = :organisation),"
                    + " (select count(q) from Question q where q.status = nl.ouderportaal.domain.question.QuestionStatus.OPEN"
                    + "   and q.family.organisation.id = :organisation)"
                    + " from Organisation o where o.id = :organisation",
                Object[].class)
            .setParameter("organisation", organisation)
            .getSingleResult();
    return new Waiting(count(counts[0]), count(counts[1]));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
