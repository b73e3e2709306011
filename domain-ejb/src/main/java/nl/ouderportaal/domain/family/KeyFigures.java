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

/** The live counts on the back-office dashboard, for the caller's organisation. */
@Stateless
public class KeyFigures {

  /** The counts of one moment. */
  public record Figures(
      long families,
      long childrenInCareToday,
      long activeContracts,
      long parentsWithActiveAccount,
      long parents)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private Clock clock;

  public Figures now() {
    StaffMember staff = access.staffOfCaller();
    UUID organisation = staff.organisation().id();
    LocalDate today = LocalDate.now(clock);
    long families =
        em.createQuery(
                "select count(f) from Family f where f.organisation.id = :organisation", Long.class)
            .setParameter("organisation", organisation)
            .getSingleResult();
    long children =
        em.createQuery(
                "select count(distinct p.child) from Placement p"
                    + " where p.group.location.organisation.id = :organisation"
                    + " and p.period.start <= :day and (p.period.end is null or p.period.end >= :day)",
                Long.class)
            .setParameter("organisation", organisation)
            .setParameter("day", today)
            .getSingleResult();
    long contracts =
        em.createQuery(
                "select count(c) from Contract c where c.location.organisation.id = :organisation"
                    + " and c.period.start <= :day and (c.period.end is null or c.period.end >= :day)",
                Long.class)
            .setParameter("organisation", organisation)
            .setParameter("day", today)
            .getSingleResult();
    long parents =
        em.createQuery(
                "select count(p) from Parent p where p.family.organisation.id = :organisation",
                Long.class)
            .setParameter("organisation", organisation)
            .getSingleResult();
    long active =
        em.createQuery(
                "select count(p) from Parent p, UserAccount a where a.id = p.accountId"
                    + " and p.family.organisation.id = :organisation and a.status = :active",
                Long.class)
            .setParameter("organisation", organisation)
            .setParameter("active", AccountStatus.ACTIVE)
            .getSingleResult();
    return new Figures(families, children, contracts, active, parents);
  }
}
