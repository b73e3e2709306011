package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.account.AccountLinks;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * New parents get a link to choose their password some time before their care starts (the
 * organisation's invitation lead, default two months), once; the service desk can send a new one. A
 * parent who has no account yet gets one.
 */
@Stateless
public class Invitations {

  private static final Logger LOG = System.getLogger(Invitations.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountLinks links;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;

  /**
   * Invites every parent whose family's care starts within the lead time (or runs already) and who
   * has never been invited and has no password. Run daily; running it again invites nobody twice.
   *
   * @return how many parents were invited
   */
  public int inviteDue() {
    LocalDate today = LocalDate.now(clock);
    List<Parent> candidates =
        em.createQuery(
                "select distinct p from Parent p join fetch p.family f join fetch f.organisation o"
                    + " where exists (select c.id from Contract c where c.child.family = f"
                    + "   and (c.period.end is null or c.period.end >= :today))"
                    + " and (p.accountId is null or exists (select a.id from UserAccount a"
                    + "   where a.id = p.accountId and a.status = :new and a.invitedAt is null))",
                Parent.class)
            .setParameter("today", today)
            .setParameter("new", AccountStatus.NEW)
            .getResultList();
    int invited = 0;
    for (Parent parent : candidates) {
      LocalDate start = firstStart(parent.family());
      if (!start
          .minusMonths(parent.family().organisation().invitationLeadMonths())
          .isAfter(today)) {
        invite(parent, null);
        invited++;
      }
    }
    LOG.log(Level.INFO, "Invited {0} new parents", invited);
    return invited;
  }

  /** The service desk sends a (new) invitation to a parent without a password. */
  public void invite(UUID parentId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    Parent parent = em.find(Parent.class, parentId);
    UserAccount deskAccount = em.find(UserAccount.class, actor);
    if (parent == null
        || !parent.family().organisation().id().equals(deskAccount.organisation().id())) {
      throw new NotFoundException();
    }
    UserAccount account =
        parent.accountId() == null ? null : em.find(UserAccount.class, parent.accountId());
    if (account != null && account.status() != AccountStatus.NEW) {
      throw new BusinessException("invitation.notNeeded");
    }
    invite(parent, actor);
  }

  private void invite(Parent parent, UUID actor) {
    UserAccount account =
        parent.accountId() == null
            ? newAccount(parent)
            : em.find(UserAccount.class, parent.accountId());
    Family family = parent.family();
    String children =
        em.createQuery(
                "select c.firstName from Child c where c.family = :family order by c.birthDate",
                String.class)
            .setParameter("family", family)
            .getResultStream()
            .collect(Collectors.joining(" & "));
    Locale locale = Locale.forLanguageTag(account.language());
    links.invite(
        account,
        Map.of(
            "name", parent.firstName(),
            "children", children,
            "start",
                firstStart(family).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))));
    audit.record(actor, "INVITED", "ACCOUNT", account.id(), null);
  }

  private UserAccount newAccount(Parent parent) {
    UserAccount account =
        new UserAccount(
            parent.family().organisation(),
            parent.email(),
            EnumSet.of(Role.PARENT),
            clock.instant());
    em.persist(account);
    parent.linkAccount(account.id());
    return account;
  }

  private LocalDate firstStart(Family family) {
    return em.createQuery(
            "select min(c.period.start) from Contract c where c.child.family = :family"
                + " and (c.period.end is null or c.period.end >= :today)",
            LocalDate.class)
        .setParameter("family", family)
        .setParameter("today", LocalDate.now(clock))
        .getSingleResult();
  }
}
