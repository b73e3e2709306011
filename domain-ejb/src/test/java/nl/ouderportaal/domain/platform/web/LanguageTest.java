package nl.ouderportaal.domain.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void dutchUnlessChosenOtherwise() {
    assertThat(Language.choose(null, List.of())).isEqualTo(Language.DUTCH);
    assertThat(Language.choose(null, List.of(Locale.GERMAN))).isEqualTo(Language.DUTCH);
  }

  @Test
  void theBrowsersFirstSupportedLanguageWinsUntilTheVisitorChooses() {
    assertThat(Language.choose(null, List.of(Locale.GERMAN, Locale.UK, Language.DUTCH)))
        .isEqualTo(Language.ENGLISH);
    assertThat(Language.choose("nl", List.of(Locale.UK))).isEqualTo(Language.DUTCH);
    assertThat(Language.choose("en", List.of(Language.DUTCH))).isEqualTo(Language.ENGLISH);
    assertThat(Language.choose("fr", List.of())).isEqualTo(Language.DUTCH);
  }
}
