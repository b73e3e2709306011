package nl.ouderportaal.domain.family;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
  @Resource private SessionContext context;

  /**
   * Invites every parent whose family's care starts within the lead time (or runs already) and who
   * has never been invited and has no password. Run daily; running it again invites nobody twice.
   * Each parent is invited in a transaction of their own, so one that cannot be invited (say, their
   * address is already another account's) is logged and does not hold up the others.
   *
   * @return how many parents were invited
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int inviteDue() {
    List<UUID> candidates = candidates(null);
    Invitations self = context.getBusinessObject(Invitations.class);
    int invited = 0;
    int failed = 0;
    for (UUID parent : candidates) {
      try {
        if (self.inviteIfDue(parent)) {
          invited++;
        }
      } catch (RuntimeException cannot) {
        failed++;
        LOG.log(Level.WARNING, "Parent {0} could not be invited: {1}", parent, cannot.toString());
      }
    }
    LOG.log(Level.INFO, "Invited {0} new parents, {1} could not be invited", invited, failed);
    return invited;
  }

  /**
   * Invites one parent if they are due now (see {@link #inviteDue()}); checks everything again, so
   * calling it for anyone at any time invites nobody twice or early.
   *
   * @return whether the parent was invited
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean inviteIfDue(UUID parentId) {
    Parent parent = em.find(Parent.class, parentId);
    if (parent == null) {
      return false;
    }
    if (parent.accountId() != null) {
      UserAccount account = em.find(UserAccount.class, parent.accountId());
      if (account == null || account.status() != AccountStatus.NEW || account.invitedAt() != null) {
        return false;
      }
    }
    LocalDate start = firstStart(parent.family());
    if (start == null
        || start
            .minusMonths(parent.family().organisation().invitationLeadMonths())
            .isAfter(LocalDate.now(clock))) {
      return false;
    }
    invite(parent, null);
    em.flush();
    return true;
  }

  /**
   * The service desk invites every parent of their organisation who is due now (after an import,
   * which sends no mail, so as not to wait for the night); each in a transaction of its own.
   *
   * @return how many were invited
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int inviteAllDue() {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    UUID organisation = em.find(UserAccount.class, actor).organisation().id();
    Invitations self = context.getBusinessObject(Invitations.class);
    int invited = 0;
    for (UUID parent : candidates(organisation)) {
      try {
        if (self.inviteIfDue(parent)) {
          invited++;
        }
      } catch (RuntimeException cannot) {
        LOG.log(Level.WARNING, "Parent {0} could not be invited: {1}", parent, cannot.toString());
      }
    }
    audit.record(actor, "INVITED_ALL_DUE", "ORGANISATION", organisation, String.valueOf(invited));
    return invited;
  }

  /** The parents (of one organisation, or all) who may be due: see {@link #inviteDue()}. */
  private List<UUID> candidates(UUID organisation) {
    jakarta.persistence.TypedQuery<UUID> query =
        em.createQuery(
                "select p.id from Parent p join p.family f"
                    + " where exists (select c.id from Contract c where c.child.family = f"
                    + "   and (c.period.end is null or c.period.end >= :today))"
                    + " and (p.accountId is null or exists (select a.id from UserAccount a"
                    + "   where a.id = p.accountId and a.status = :new and a.invitedAt is null))"
                    + (organisation == null ? "" : " and f.organisation.id = :organisation")
                    + " order by p.id",
                UUID.class)
            .setParameter("today", LocalDate.now(clock))
            .setParameter("new", AccountStatus.NEW);
    if (organisation != null) {
      query.setParameter("organisation", organisation);
    }
    return query.getResultList();
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
