package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  private static final String STORED = PasswordHash.hash("Zonnebloem-2026".toCharArray());

  @Test
  void theStoredFormCarriesAlgorithmIterationsSaltAndKey() {
    String[] parts = STORED.split(":");

    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("600000");
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void onlyTheRightPasswordVerifies() {
    assertThat(PasswordHash.verify("Zonnebloem-2026".toCharArray(), STORED)).isTrue();
    assertThat(PasswordHash.verify("zonnebloem-2026".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHash.verify("Zonnebloem-2026 ".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHash.verify("".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHash.verify("Zonnebloem-2026".toCharArray(), null)).isFalse();
    assertThat(PasswordHash.verify("Zonnebloem-2026".toCharArray(), "garbage")).isFalse();
  }

  @Test
  void theSamePasswordGetsADifferentSaltEachTime() {
    assertThat(PasswordHash.hash("Zonnebloem-2026".toCharArray())).isNotEqualTo(STORED);
  }

  @Test
  void aLongPasswordIsNotTruncated() {
    String long128 = "a".repeat(127) + "b";
    String stored = PasswordHash.hash(long128.toCharArray());

    assertThat(PasswordHash.verify(long128.toCharArray(), stored)).isTrue();
    assertThat(PasswordHash.verify(("a".repeat(127) + "c").toCharArray(), stored)).isFalse();
  }

  @Test
  void aHashWithFewerIterationsOrAnotherFormIsRehashedAtTheNextLogin() {
    assertThat(PasswordHash.needsRehash(STORED)).isFalse();
    assertThat(PasswordHash.needsRehash(STORED.replace(":600000:", ":2048:"))).isTrue();
    assertThat(PasswordHash.needsRehash("$2a$10$somethingElse")).isTrue();
  }
}
