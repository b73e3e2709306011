package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.Role;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final Organisation ORG =
      new Organisation(
          "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67");

  @Test
  void theLoginNameIsTheAddressInLowerCaseWithoutSpaces() {
    UserAccount account =
        new UserAccount(ORG, "  Sanne.DeVries@Example.COM ", EnumSet.of(Role.PARENT), NOW);

    assertThat(account.email()).isEqualTo("sanne.devries@example.com");
  }

  @Test
  void somethingThatIsNotAnAddressIsRefused() {
    assertThatThrownBy(() -> new UserAccount(ORG, "sanne", EnumSet.of(Role.PARENT), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserAccount(ORG, "a@b@c.nl", EnumSet.of(Role.PARENT), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserAccount(ORG, "a@b.nl", Set.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewAccountCannotLogInUntilItHasAPassword() {
    UserAccount account = new UserAccount(ORG, "a@b.nl", EnumSet.of(Role.PARENT), NOW);
    assertThat(account.status()).isEqualTo(AccountStatus.NEW);
    assertThat(account.canLogIn()).isFalse();

    account.activate("PBKDF2WithHmacSHA256:600000:c2FsdA==:a2V5");

    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.canLogIn()).isTrue();
  }

  @Test
  void fourFailuresDoNotLockTheFifthLocksForAMinute() {
    UserAccount account = active();
    for (int i = 0; i < 4; i++) {
      account.loginFailed(NOW);
    }
    assertThat(account.isLocked(NOW)).isFalse();

    account.loginFailed(NOW);

    assertThat(account.isLocked(NOW)).isTrue();
    assertThat(account.isLocked(NOW.plusSeconds(59))).isTrue();
    assertThat(account.isLocked(NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void theLockDoublesWithEveryFurtherFailureUpToAQuarterOfAnHour() {
    assertThat(UserAccount.lockDuration(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(UserAccount.lockDuration(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(UserAccount.lockDuration(7)).isEqualTo(Duration.ofMinutes(4));
    assertThat(UserAccount.lockDuration(8)).isEqualTo(Duration.ofMinutes(8));
    assertThat(UserAccount.lockDuration(9)).isEqualTo(Duration.ofMinutes(15));
    assertThat(UserAccount.lockDuration(50)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aSuccessResetsTheCount() {
    UserAccount account = active();
    for (int i = 0; i < 4; i++) {
      account.loginFailed(NOW);
    }

    account.loginSucceeded(NOW);
    account.loginFailed(NOW);

    assertThat(account.failedLogins()).isEqualTo(1);
    assertThat(account.isLocked(NOW)).isFalse();
    assertThat(account.lastLoginAt()).isEqualTo(NOW);
  }

  @Test
  void blockingStopsLoginAndUnblockingRestoresTheFormerState() {
    UserAccount account = active();
    for (int i = 0; i < 5; i++) {
      account.loginFailed(NOW);
    }

    account.block();
    assertThat(account.status()).isEqualTo(AccountStatus.BLOCKED);
    assertThat(account.canLogIn()).isFalse();
    account.unblock();

    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.isLocked(NOW)).isFalse();
    UserAccount fresh = new UserAccount(ORG, "c@d.nl", EnumSet.of(Role.PARENT), NOW);
    fresh.block();
    fresh.unblock();
    assertThat(fresh.status()).isEqualTo(AccountStatus.NEW);
  }

  @Test
  void aResetPasswordLiftsTheLock() {
    UserAccount account = active();
    for (int i = 0; i < 5; i++) {
      account.loginFailed(NOW);
    }

    account.resetPassword("PBKDF2WithHmacSHA256:600000:bmlldXc=:a2V5");

    assertThat(account.isLocked(NOW)).isFalse();
    assertThat(account.failedLogins()).isZero();
  }

  private static UserAccount active() {
    UserAccount account = new UserAccount(ORG, "a@b.nl", EnumSet.of(Role.PARENT), NOW);
    account.activate("PBKDF2WithHmacSHA256:600000:c2FsdA==:a2V5");
    return account;
  }
}
