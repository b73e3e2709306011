package nl.ouderportaal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormLoginMechanismTest {

  @Test
  void afterLoginOnlyPagesOfTheSameModuleAreFollowed() {
    assertThat(FormLoginMechanism.isSafeNext("/index.xhtml")).isTrue();
    assertThat(FormLoginMechanism.isSafeNext("/account.xhtml?tab=1")).isTrue();

    assertThat(FormLoginMechanism.isSafeNext(null)).isFalse();
    assertThat(FormLoginMechanism.isSafeNext("")).isFalse();
    assertThat(FormLoginMechanism.isSafeNext("https://evil.example/")).isFalse();
    assertThat(FormLoginMechanism.isSafeNext("//evil.example/")).isFalse();
    assertThat(FormLoginMechanism.isSafeNext("/\\evil.example")).isFalse();
    assertThat(FormLoginMechanism.isSafeNext("javascript:alert(1)")).isFalse();
    assertThat(WebLogin.nextPage("//evil.example", "/index.xhtml")).isEqualTo("/index.xhtml");
  }
}
