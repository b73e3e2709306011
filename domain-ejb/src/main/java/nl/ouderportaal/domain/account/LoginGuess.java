package nl.ouderportaal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Failed logins for an address that has no account. They are counted and locked exactly as {@link
 * UserAccount} counts and locks its own, so that five guesses answer "locked for a while" whether
 * or not the address is known: the login page must not tell who has an account. Only the address's
 * hash is kept.
 */
@Entity
@Table(name = "login_guess")
public class LoginGuess {

  @Id
  @Column(name = "email_hash")
  private String emailHash;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "last_failed_at", nullable = false)
  private Instant lastFailedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginGuess() {}

  LoginGuess(String emailHash, Instant now) {
    this.emailHash = Objects.requireNonNull(emailHash, "emailHash");
    this.lastFailedAt = Objects.requireNonNull(now, "now");
  }

  /** The key of whatever was typed as login name: trimmed, lower case, hashed. */
  static String keyOf(String typed) {
    String normalised = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  void failed(Instant now) {
    failedLogins++;
    lastFailedAt = now;
    if (failedLogins >= UserAccount.FAILURES_BEFORE_LOCK) {
      lockedUntil = now.plus(UserAccount.lockDuration(failedLogins));
    }
  }

  int failedLogins() {
    return failedLogins;
  }
}
