package nl.ouderportaal.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.notification.Outbox;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Role;

/**
 * What people do with the links we mail them, without being logged in: choose their first password,
 * ask for a new link, choose a new password after forgetting it, confirm a new e-mail address.
 * Asking for a link gets the same answer whether or not the address is known.
 */
@Stateless
@PermitAll
public class Activations {

  /** What a link is good for now. */
  public record LinkState(boolean usable, String email) implements Serializable {}

  /** A password was chosen: the login name, and whether it logs in to the back-office. */
  public record PasswordChosen(String email, boolean staff) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AccountLinks links;
  @Inject private AuditLog audit;
  @Inject private Outbox outbox;
  @Inject private Event<EmailChanged> emailChanged;

  /** Whether the link still works, for the page that opens it; it is not used up by looking. */
  public LinkState check(String secret, TokenPurpose purpose) {
    return find(secret, purpose, LockModeType.NONE)
        .map(
            t ->
                new LinkState(
                    true,
                    purpose == TokenPurpose.EMAIL_CHANGE ? t.newEmail() : t.account().email()))
        .orElse(new LinkState(false, null));
  }

  /** Chooses the first password from an invitation link. */
  public PasswordChosen activate(String secret, String password, String clientAddress) {
    AccountToken token =
        usable(secret, TokenPurpose.ACTIVATION).orElseThrow(Activations::linkNotUsable);
    UserAccount account = token.account();
    PasswordPolicy.check(password, account.email());
    account.activate(PasswordHash.hash(password.toCharArray()));
    token.use(clock.instant());
    audit.record(account.id(), "ACCOUNT_ACTIVATED", "ACCOUNT", account.id(), null, clientAddress);
    return chosen(account);
  }

  /** Chooses a new password from a reset link. */
  public PasswordChosen resetPassword(String secret, String password, String clientAddress) {
    AccountToken token = usable(secret, TokenPurpose.RESET).orElseThrow(Activations::linkNotUsable);
    UserAccount account = token.account();
    PasswordPolicy.check(password, account.email());
    account.resetPassword(PasswordHash.hash(password.toCharArray()));
    token.use(clock.instant());
    audit.record(account.id(), "PASSWORD_RESET", "ACCOUNT", account.id(), null, clientAddress);
    outbox.queue(
        account.email(),
        account.language(),
        "password-changed",
        Map.of("organisation", account.organisation().name()));
    return chosen(account);
  }

  private static PasswordChosen chosen(UserAccount account) {
    boolean staff =
        account.roles().contains(Role.STAFF) || account.roles().contains(Role.SERVICEDESK);
    return new PasswordChosen(account.email(), staff && !account.roles().contains(Role.PARENT));
  }

  /**
   * 'Wachtwoord vergeten' and 'nieuwe link': mails a link to get in if the address belongs to an
   * account that can use one. The caller learns nothing either way.
   */
  public void sendLoginLink(String email, String clientAddress) {
    Optional<UserAccount> account = Accounts.findByEmail(em, email);
    if (account.isPresent()) {
      links.sendLoginLink(account.get());
      audit.record(
          null, "LOGIN_LINK_REQUESTED", "ACCOUNT", account.get().id(), null, clientAddress);
    } else {
      audit.record(null, "LOGIN_LINK_REQUESTED_UNKNOWN", "ACCOUNT", null, null, clientAddress);
    }
  }

  /** Confirms a new login address from the link sent to it; answers the new address. */
  public String confirmEmail(String secret) {
    AccountToken token =
        usable(secret, TokenPurpose.EMAIL_CHANGE).orElseThrow(Activations::linkNotUsable);
    UserAccount account = token.account();
    String newEmail = token.newEmail();
    if (Accounts.findByEmail(em, newEmail).filter(other -> !other.equals(account)).isPresent()) {
      throw new BusinessException("email.taken");
    }
    String oldEmail = account.email();
    account.changeEmail(newEmail);
    token.use(clock.instant());
    emailChanged.fire(new EmailChanged(account.id(), oldEmail, account.email()));
    audit.record(
        account.id(),
        "EMAIL_CHANGED",
        "ACCOUNT",
        account.id(),
        oldEmail + " -> " + account.email());
    return account.email();
  }

  /**
   * The token of the link, if it can be used now, locked for this transaction: of two requests with
   * the same link at the same moment, the second waits and then finds it used.
   */
  private Optional<AccountToken> usable(String secret, TokenPurpose purpose) {
    return find(secret, purpose, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<AccountToken> find(String secret, TokenPurpose purpose, LockModeType lock) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
        .setParameter("hash", AccountToken.hash(secret.strip()))
        .getResultStream()
        .findFirst()
        .map(
            t -> {
              if (lock != LockModeType.NONE) {
                em.refresh(t, lock);
              }
              return t;
            })
        .filter(t -> t.isUsable(purpose, now));
  }

  private static BusinessException linkNotUsable() {
    return new BusinessException("link.notUsable");
  }
}
