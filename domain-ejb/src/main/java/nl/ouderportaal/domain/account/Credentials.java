package nl.ouderportaal.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.notification.Outbox;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;

/**
 * A logged-in person's own login: the password, the e-mail address and the language. Changing the
 * password or the address asks for the current password; a wrong one counts as a failed login.
 */
@Stateless
public class Credentials {

  /** How a change that asks for the current password ended. */
  public enum Outcome {
    /** done (for an e-mail address: the confirmation link is on its way) */
    DONE,
    /** the current password was wrong; nothing changed */
    WRONG_PASSWORD,
    /** the account is locked after too many wrong passwords: nothing was tried, nothing changed */
    LOCKED
  }

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private AccountLinks links;
  @Inject private Outbox outbox;

  public Outcome changePassword(String currentPassword, String newPassword) {
    UserAccount account = mine();
    PasswordPolicy.check(newPassword, account.email());
    Outcome check = checkCurrentPassword(account, currentPassword);
    if (check != Outcome.DONE) {
      return check;
    }
    account.changePasswordHash(PasswordHash.hash(newPassword.toCharArray()));
    audit.record(account.id(), "PASSWORD_CHANGED", "ACCOUNT", account.id(), null);
    outbox.queue(
        account.email(),
        account.language(),
        "password-changed",
        Map.of("organisation", account.organisation().name()));
    return Outcome.DONE;
  }

  /** Sends a confirmation link to the new address; the address changes when it is followed. */
  public Outcome requestEmailChange(String currentPassword, String newEmail) {
    UserAccount account = mine();
    String normalised;
    try {
      normalised = UserAccount.normaliseEmail(newEmail == null ? "" : newEmail);
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid");
    }
    if (normalised.equals(account.email())) {
      throw new BusinessException("email.same");
    }
    // the password first: whether an address is taken is told only to who knows their own
    Outcome check = checkCurrentPassword(account, currentPassword);
    if (check != Outcome.DONE) {
      return check;
    }
    if (Accounts.findByEmail(em, normalised).isPresent()) {
      throw new BusinessException("email.taken");
    }
    links.sendEmailConfirmation(account, normalised);
    audit.record(account.id(), "EMAIL_CHANGE_REQUESTED", "ACCOUNT", account.id(), normalised);
    return Outcome.DONE;
  }

  public void chooseLanguage(String language) {
    mine().chooseLanguage(language);
  }

  public String language() {
    return mine().language();
  }

  /**
   * DONE when the current password is right. A wrong one counts as a failed login, so it locks the
   * account as at the login page, and while the account is locked nothing is tried: a session left
   * open is no way around the lock.
   */
  private Outcome checkCurrentPassword(UserAccount account, String password) {
    if (account.isLocked(clock.instant())) {
      audit.record(account.id(), "CURRENT_PASSWORD_LOCKED", "ACCOUNT", account.id(), null);
      return Outcome.LOCKED;
    }
    if (password != null && PasswordHash.verify(password.toCharArray(), account.passwordHash())) {
      return Outcome.DONE;
    }
    account.loginFailed(clock.instant());
    audit.record(account.id(), "CURRENT_PASSWORD_WRONG", "ACCOUNT", account.id(), null);
    return Outcome.WRONG_PASSWORD;
  }

  private UserAccount mine() {
    return em.find(UserAccount.class, currentUser.requireAccountId());
  }
}
