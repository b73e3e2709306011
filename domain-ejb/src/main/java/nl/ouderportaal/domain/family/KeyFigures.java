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
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.Role;

/**
 * The live counts on the back-office dashboard: families, children in care today, running
 * contracts, parents with an active account, and the contracts that start and end this month. The
 * service desk counts its organisation; a group worker counts their own groups (the children placed
 * in them today, and those children's families, parents and contracts).
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
   * What a placement (alias {@code p}) of one of the group worker's groups that runs on a day from
   * the parameter {@code from} to {@code to} gives (the child, or its family), as a subquery; the
   * groups are selected in the same statement.
   */
  private static String inMyGroups(String p, String what, String from, String to) {
    return "(select "
        + p
        + "."
        + what
        + " from Placement "
        + p
        + " where "
        + p
        + ".group.id in (select g.id from StaffMember sm join sm.groups g where sm.id = :staff)"
        + " and "
        + p
        + ".period.start <= :"
        + to
        + " and ("
        + p
        + ".period.end is null or "
        + p
        + ".period.end >= :"
        + from
        + "))";
  }

  /**
   * The counts of the dashboard, in one statement: of the organisation for the service desk, of
   * their own groups for a group worker.
   */
  public Figures now() {
    StaffMember staff = access.staffOfCaller();
    LocalDate today = LocalDate.now(clock);
    if (!access.callerHas(Role.SERVICEDESK)) {
      return ofGroups(staff.id(), today);
    }
    UUID organisation = staff.organisation().id();
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
    return figures(counts);
  }

  private static Figures figures(Object[] counts) {
    return new Figures(
        count(counts[0]),
        count(counts[1]),
        count(counts[2]),
        count(counts[3]),
        count(counts[4]),
        count(counts[5]),
        count(counts[6]));
  }

  /**
   * The counts of the group worker's groups: the children placed in them today, with their
   * families, parents and contracts; the contracts that start or end this month of the children
   * placed in them during the month.
   */
  private Figures ofGroups(UUID staff, LocalDate today) {
    java.time.YearMonth month = java.time.YearMonth.from(today);
    String childrenToday = inMyGroups("p1", "child.id", "day", "day");
    String familiesToday = inMyGroups("p2", "child.family.id", "day", "day");
    String childrenThisMonth = inMyGroups("p3", "child.id", "first", "last");
    Object[] counts =
        em.createQuery(
                "select"
                    + " (select count(f) from Family f where f.id in "
                    + familiesToday
                    + "),"
                    + " (select count(k) from Child k where k.id in "
                    + childrenToday
                    + "),"
                    + " (select count(c) from Contract c where c.child.id in "
                    + childrenToday
                    + "   and c.period.start <= :day"
                    + "   and (c.period.end is null or c.period.end >= :day)),"
                    + " (select count(pa) from Parent pa, UserAccount a where a.id = pa.accountId"
                    + "   and a.status = :active and pa.family.id in "
                    + familiesToday
                    + "),"
                    + " (select count(pb) from Parent pb where pb.family.id in "
                    + familiesToday
                    + "),"
                    + " (select count(cs) from Contract cs where cs.child.id in "
                    + childrenThisMonth
                    + "   and cs.period.start between :first and :last),"
                    + " (select count(ce) from Contract ce where ce.child.id in "
                    + childrenThisMonth
                    + "   and ce.period.end between :first and :last)"
                    + " from StaffMember s where s.id = :staff",
                Object[].class)
            .setParameter("staff", staff)
            .setParameter("day", today)
            .setParameter("active", AccountStatus.ACTIVE)
            .setParameter("first", month.atDay(1))
            .setParameter("last", month.atEndOfMonth())
            .getSingleResult();
    return figures(counts);
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
