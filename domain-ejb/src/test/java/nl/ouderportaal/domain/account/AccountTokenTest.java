package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.Role;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private final UserAccount account =
      new UserAccount(
          new Organisation("Opvang", "sp@opvang.example", "030 000 00 00"),
          "ouder@example.com",
          EnumSet.of(Role.PARENT),
          NOW);

  @Test
  void theSecretIs256RandomBitsAndOnlyItsHashIsKept() {
    AccountToken.Issued one = AccountToken.issue(account, TokenPurpose.ACTIVATION, null, NOW);
    AccountToken.Issued two = AccountToken.issue(account, TokenPurpose.ACTIVATION, null, NOW);

    assertThat(one.secret()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(two.secret());
    assertThat(AccountToken.hash(one.secret())).hasSize(64).doesNotContain(one.secret());
  }

  @Test
  void anActivationLinkWorksFourteenDaysAResetLinkOneHour() {
    AccountToken activation =
        AccountToken.issue(account, TokenPurpose.ACTIVATION, null, NOW).token();
    AccountToken reset = AccountToken.issue(account, TokenPurpose.RESET, null, NOW).token();

    assertThat(
            activation.isUsable(
                TokenPurpose.ACTIVATION, NOW.plus(Duration.ofDays(14)).minusSeconds(1)))
        .isTrue();
    assertThat(activation.isUsable(TokenPurpose.ACTIVATION, NOW.plus(Duration.ofDays(14))))
        .isFalse();
    assertThat(reset.isUsable(TokenPurpose.RESET, NOW.plus(Duration.ofMinutes(59)))).isTrue();
    assertThat(reset.isUsable(TokenPurpose.RESET, NOW.plus(Duration.ofMinutes(60)))).isFalse();
  }

  @Test
  void aLinkWorksOnceAndOnlyForItsOwnPurpose() {
    AccountToken token = AccountToken.issue(account, TokenPurpose.RESET, null, NOW).token();

    assertThat(token.isUsable(TokenPurpose.ACTIVATION, NOW)).isFalse();
    token.use(NOW);
    assertThat(token.isUsable(TokenPurpose.RESET, NOW)).isFalse();
  }
}
