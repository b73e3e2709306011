package nl.ouderportaal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins from one client address, whatever the account: guessing many accounts from one
 * address is slowed down too. After {@link #FAILURES_BEFORE_BLOCK} failures within {@link #WINDOW}
 * the address is blocked, first for {@link #FIRST_BLOCK}, doubling with every block, up to {@link
 * #MAX_BLOCK}. The count starts again after a quiet window. A success does not reset it: logging in
 * to one's own account between guesses must not help.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  static final int FAILURES_BEFORE_BLOCK = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_BLOCK = Duration.ofMinutes(5);
  static final Duration MAX_BLOCK = Duration.ofHours(1);

  @Id
  @Column(name = "client_address")
  private String clientAddress;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(nullable = false)
  private int blocks;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected LoginThrottle() {}

  LoginThrottle(String clientAddress, Instant now) {
    this.clientAddress = clientAddress;
    this.windowStart = now;
  }

  boolean isBlocked(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil);
  }

  void failed(Instant now) {
    if (now.isAfter(windowStart.plus(WINDOW)) && !isBlocked(now)) {
      windowStart = now;
      failures = 0;
      if (blockedUntil != null && now.isAfter(blockedUntil.plus(WINDOW))) {
        blocks = 0;
      }
    }
    failures++;
    if (failures >= FAILURES_BEFORE_BLOCK) {
      Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(blocks, 10));
      blockedUntil = now.plus(block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block);
      blocks++;
      failures = 0;
      windowStart = now;
    }
  }

  Instant blockedUntil() {
    return blockedUntil;
  }
}
