package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.Role;
import org.junit.jupiter.api.Test;

class LoginGuessTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void guessesAtAnUnknownNameLockExactlyWhenAndAsLongAsAnAccountsWrongPasswordsDo() {
    UserAccount account =
        new UserAccount(
            new Organisation("Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030"),
            "sanne@example.com",
            EnumSet.of(Role.PARENT),
            NOW);
    LoginGuess guess = new LoginGuess(LoginGuess.keyOf("niemand@example.com"), NOW);

    Instant at = NOW;
    for (int attempt = 1; attempt <= 7; attempt++) {
      account.loginFailed(at);
      guess.failed(at);
      for (Duration later :
          new Duration[] {
            Duration.ZERO, Duration.ofSeconds(59), Duration.ofMinutes(2), Duration.ofMinutes(5)
          }) {
        assertThat(guess.isLocked(at.plus(later)))
            .as("after %d failures, %s later", attempt, later)
            .isEqualTo(account.isLocked(at.plus(later)));
      }
      at = at.plus(Duration.ofMinutes(20));
    }
    assertThat(guess.failedLogins()).isEqualTo(7);
  }

  @Test
  void theNameIsKeptAsAHashThatIgnoresCaseAndSpaces() {
    String key = LoginGuess.keyOf("  Niemand@Example.COM ");

    assertThat(key).isEqualTo(LoginGuess.keyOf("niemand@example.com")).hasSize(64);
    assertThat(key).doesNotContain("niemand");
    assertThat(LoginGuess.keyOf("iemand@example.com")).isNotEqualTo(key);
    assertThat(LoginGuess.keyOf(null)).hasSize(64);
  }
}
