package nl.ouderportaal.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.ouderportaal.domain.account.LoginResult.Outcome;

/**
 * Checks a login name and password. One transaction per attempt, so that a failure is counted even
 * though the attempt itself fails. Unknown addresses cost the same time as known ones.
 */
@Stateless
@PermitAll
public class Authentication {

  private static final Logger LOG = System.getLogger(Authentication.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public LoginResult verify(String email, char[] password) {
    Instant now = clock.instant();
    Optional<UserAccount> found = findByEmail(email);
    if (found.isEmpty()) {
      PasswordHash.verifyNothing(password);
      LOG.log(Level.INFO, "Login failed: unknown address");
      return LoginResult.of(Outcome.INVALID);
    }
    UserAccount account = found.get();
    if (account.isLocked(now)) {
      PasswordHash.verifyNothing(password);
      LOG.log(
          Level.INFO,
          "Login refused: account {0} is locked until {1}",
          account.id(),
          account.lockedUntil());
      return LoginResult.of(Outcome.LOCKED);
    }
    if (!PasswordHash.verify(password, account.passwordHash())) {
      account.loginFailed(now);
      LOG.log(
          Level.INFO,
          "Login failed: wrong password for account {0} ({1} in a row)",
          account.id(),
          account.failedLogins());
      return LoginResult.of(account.isLocked(now) ? Outcome.LOCKED : Outcome.INVALID);
    }
    if (!account.canLogIn()) {
      LOG.log(Level.INFO, "Login refused: account {0} is {1}", account.id(), account.status());
      return LoginResult.of(Outcome.BLOCKED);
    }
    account.loginSucceeded(now);
    if (PasswordHash.needsRehash(account.passwordHash())) {
      account.changePasswordHash(PasswordHash.hash(password));
    }
    LOG.log(Level.INFO, "Login succeeded for account {0}", account.id());
    return new LoginResult(Outcome.SUCCESS, account.id(), account.roles());
  }

  private Optional<UserAccount> findByEmail(String email) {
    String normalised;
    try {
      normalised = UserAccount.normaliseEmail(email);
    } catch (IllegalArgumentException notAnAddress) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
        .setParameter("email", normalised)
        .getResultStream()
        .findFirst();
  }
}
