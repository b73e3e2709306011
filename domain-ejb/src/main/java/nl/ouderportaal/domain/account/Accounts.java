package nl.ouderportaal.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.notification.Recipient;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/** The service desk's view of accounts: their state, blocking, and their audit log. */
@Stateless
public class Accounts {

  /** An account as the service desk sees it. */
  public record State(
      UUID id,
      String email,
      AccountStatus status,
      Instant invitedAt,
      Instant lastLoginAt,
      boolean locked)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private java.time.Clock clock;

  /** The accounts of the service desk's organisation among these ids. */
  public Map<UUID, State> states(Collection<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    UUID organisation = organisationOfServiceDesk();
    Instant now = clock.instant();
    return em.createQuery(
            "select a.id, a.email, a.status, a.invitedAt, a.lastLoginAt, a.lockedUntil"
                + " from UserAccount a where a.id in :ids and a.organisation.id = :organisation",
            Object[].class)
        .setParameter("ids", accountIds)
        .setParameter("organisation", organisation)
        .getResultStream()
        .map(
            a ->
                new State(
                    (UUID) a[0],
                    (String) a[1],
                    (AccountStatus) a[2],
                    (Instant) a[3],
                    (Instant) a[4],
                    a[5] != null && now.isBefore((Instant) a[5])))
        .collect(Collectors.toMap(State::id, Function.identity()));
  }

  public void block(UUID accountId) {
    UserAccount account = ofServiceDesksOrganisation(accountId);
    account.block();
    audit.record(currentUser.requireAccountId(), "ACCOUNT_BLOCKED", "ACCOUNT", accountId, null);
  }

  public void unblock(UUID accountId) {
    UserAccount account = ofServiceDesksOrganisation(accountId);
    account.unblock();
    audit.record(currentUser.requireAccountId(), "ACCOUNT_UNBLOCKED", "ACCOUNT", accountId, null);
  }

  /** What happened to the account, newest first. */
  public List<AuditLog.Entry> auditLog(UUID accountId) {
    ofServiceDesksOrganisation(accountId);
    return audit.of("ACCOUNT", accountId, 200);
  }

  /** Who to notify for an account, for other features' notifications (no access check). */
  public Recipient recipient(UUID accountId) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException();
    }
    return new Recipient(account.id(), account.email(), account.language());
  }

  private UserAccount ofServiceDesksOrganisation(UUID accountId) {
    UUID organisation = organisationOfServiceDesk();
    UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
    if (account == null || !account.organisation().id().equals(organisation)) {
      throw new NotFoundException();
    }
    return account;
  }

  private UUID organisationOfServiceDesk() {
    return currentUser.organisationOf(Role.SERVICEDESK);
  }

  static Optional<UserAccount> findByEmail(EntityManager em, String email) {
    String normalised;
    try {
      normalised = UserAccount.normaliseEmail(email);
    } catch (IllegalArgumentException | NullPointerException notAnAddress) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }
}
