package nl.ouderportaal.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.audit.AuditLog;

/**
 * Checks a login name and password. One transaction per attempt, so that a failure is counted even
 * though the attempt itself fails. Unknown addresses cost the same time as known ones, and every
 * attempt is logged and written to the audit log (never the password).
 */
@Stateless
@PermitAll
public class Authentication {

  private static final Logger LOG = System.getLogger(Authentication.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject @Any private Instance<LoginCheck> checks;

  /**
   * @param clientAddress where the attempt comes from (for throttling and the audit log); may be
   *     null when unknown
   */
  public LoginResult verify(String email, char[] password, String clientAddress) {
    Instant now = clock.instant();
    String address = clientAddress == null || clientAddress.isBlank() ? null : clientAddress;
    Optional<LoginThrottle> throttle = throttleOf(address);
    if (throttle.isPresent() && throttle.get().isBlocked(now)) {
      PasswordHash.verifyNothing(password);
      LOG.log(Level.INFO, "Login refused: address {0} is blocked", clientAddress);
      audit.record(null, "LOGIN_BLOCKED_ADDRESS", "ADDRESS", null, null, clientAddress);
      return LoginResult.of(Outcome.LOCKED);
    }
    Optional<UserAccount> found = Accounts.findByEmail(em, email);
    if (found.isEmpty()) {
      PasswordHash.verifyNothing(password);
      LoginGuess guess = guessOf(email, now);
      if (guess.isLocked(now)) {
        LOG.log(Level.INFO, "Login refused: unknown address guessed too often, from {0}", address);
        audit.record(null, "LOGIN_LOCKED_UNKNOWN", "ACCOUNT", null, null, clientAddress);
        return LoginResult.of(Outcome.LOCKED);
      }
      guess.failed(now);
      failedFrom(address, throttle, now);
      LOG.log(Level.INFO, "Login failed: unknown address, from {0}", clientAddress);
      audit.record(null, "LOGIN_FAILED_UNKNOWN", "ACCOUNT", null, null, clientAddress);
      return LoginResult.of(guess.isLocked(now) ? Outcome.LOCKED : Outcome.INVALID);
    }
    UserAccount account = found.get();
    if (account.isLocked(now)) {
      PasswordHash.verifyNothing(password);
      LOG.log(
          Level.INFO,
          "Login refused: account {0} is locked until {1}",
          account.id(),
          account.lockedUntil());
      audit.record(null, "LOGIN_LOCKED", "ACCOUNT", account.id(), null, clientAddress);
      return LoginResult.of(Outcome.LOCKED);
    }
    if (!PasswordHash.verify(password, account.passwordHash())) {
      account.loginFailed(now);
      failedFrom(address, throttle, now);
      LOG.log(
          Level.INFO,
          "Login failed: wrong password for account {0} ({1} in a row), from {2}",
          account.id(),
          account.failedLogins(),
          clientAddress);
      audit.record(
          null,
          "LOGIN_FAILED",
          "ACCOUNT",
          account.id(),
          account.failedLogins() + " in a row",
          clientAddress);
      return LoginResult.of(account.isLocked(now) ? Outcome.LOCKED : Outcome.INVALID);
    }
    if (!account.canLogIn()) {
      LOG.log(Level.INFO, "Login refused: account {0} is {1}", account.id(), account.status());
      audit.record(
          account.id(),
          "LOGIN_REFUSED_" + account.status(),
          "ACCOUNT",
          account.id(),
          null,
          clientAddress);
      return LoginResult.of(Outcome.BLOCKED);
    }
    for (LoginCheck check : checks) {
      Optional<String> refusal = check.refuse(account.id(), account.roles());
      if (refusal.isPresent()) {
        LOG.log(Level.INFO, "Login refused for account {0}: {1}", account.id(), refusal.get());
        audit.record(
            account.id(), "LOGIN_REFUSED", "ACCOUNT", account.id(), refusal.get(), clientAddress);
        return new LoginResult(Outcome.REFUSED, null, java.util.Set.of(), refusal.get());
      }
    }
    account.loginSucceeded(now);
    if (PasswordHash.needsRehash(account.passwordHash())) {
      account.changePasswordHash(PasswordHash.hash(password));
    }
    LOG.log(Level.INFO, "Login succeeded for account {0}", account.id());
    audit.record(account.id(), "LOGIN", "ACCOUNT", account.id(), null, clientAddress);
    return new LoginResult(Outcome.SUCCESS, account.id(), account.roles(), null);
  }

  /**
   * The failures of a login name without an account, locked for this attempt (a new row when it has
   * none: two first guesses of the same name at the same moment may collide on the key, and the
   * loser's attempt fails, which costs a guesser nothing they are owed).
   */
  private LoginGuess guessOf(String email, Instant now) {
    String key = LoginGuess.keyOf(email);
    LoginGuess guess = em.find(LoginGuess.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (guess == null) {
      guess = new LoginGuess(key, now);
      em.persist(guess);
    }
    return guess;
  }

  /**
   * Forgets the guessed names nobody tried for a day, and the client addresses that failed nothing
   * and were blocked for nothing for a day: these tables hold no more than a day of guessing, and a
   * name or address tried again after that starts counting anew.
   */
  public int forgetOldFailures() {
    Instant before = clock.instant().minus(java.time.Duration.ofDays(1));
    int guesses =
        em.createQuery("delete from LoginGuess g where g.lastFailedAt < :before")
            .setParameter("before", before)
            .executeUpdate();
    int addresses =
        em.createQuery(
                "delete from LoginThrottle t where t.windowStart < :before"
                    + " and (t.blockedUntil is null or t.blockedUntil < :before)")
            .setParameter("before", before)
            .executeUpdate();
    return guesses + addresses;
  }

  /** The address's row, locked for this attempt, if it had failures before. */
  private Optional<LoginThrottle> throttleOf(String address) {
    if (address == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(LoginThrottle.class, shorten(address), LockModeType.PESSIMISTIC_WRITE));
  }

  private void failedFrom(String address, Optional<LoginThrottle> throttle, Instant now) {
    if (address == null) {
      return;
    }
    LoginThrottle row =
        throttle.orElseGet(
            () -> {
              LoginThrottle first = new LoginThrottle(shorten(address), now);
              em.persist(first);
              return first;
            });
    row.failed(now);
  }

  private static String shorten(String address) {
    return address.length() > 64 ? address.substring(0, 64) : address;
  }
}
