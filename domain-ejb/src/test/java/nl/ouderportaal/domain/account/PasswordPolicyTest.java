package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void tenCharactersAreEnoughAndLongPassphrasesAreWelcome() {
    assertThatCode(() -> PasswordPolicy.check("Zonnebloem-2026", "ouder@example.com"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("paard batterij nietje correct", null))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("x".repeat(3) + "Q7!vmz-kp2".repeat(12), null))
        .doesNotThrowAnyException();
  }

  @Test
  void tooShortOrTooLongIsRefusedWithTheLimitInTheMessage() {
    assertRefused("Kort-9!ab", "password.tooShort");
    assertRefused("Ab3!".repeat(32) + "x", "password.tooLong");
    assertRefused("", "password.required");
    assertRefused(null, "password.required");
  }

  @Test
  void lengthCountsCharactersNotBytes() {
    // ten characters, some of them outside the basic plane
    assertThatCode(() -> PasswordPolicy.check("🌻🌻🌻zonneschijn", null))
        .doesNotThrowAnyException();
  }

  @Test
  void commonPasswordsAreRefusedAlsoWithCapitalsDigitsOrSignsAdded() {
    assertRefused("wachtwoord123", "password.common");
    assertRefused("Wachtwoord2026!", "password.common");
    assertRefused("Welkom2026!!", "password.common");
    assertRefused("1234567890", "password.common");
    assertRefused("qwertyuiop", "password.common");
    assertRefused("Password12345", "password.common");
  }

  @Test
  void thePasswordMayNotContainTheEmailAddress() {
    assertRefused("sanne.devries-2026", "sanne.devries@example.com", "password.containsEmail");
  }

  private static void assertRefused(String password, String key) {
    assertRefused(password, null, key);
  }

  private static void assertRefused(String password, String email, String key) {
    assertThatThrownBy(() -> PasswordPolicy.check(password, email))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(key);
  }
}
