package nl.ouderportaal.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts of the pages, of the portal and of the back-office (next to this module): Dutch and
 * English have the same keys, and a text with a placeholder ({0}) doubles its apostrophes, as
 * MessageFormat eats a single one ("foto's" would show as "fotos", and every placeholder after it
 * would show raw).
 */
class BundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/main/resources/nl/ouderportaal/portal/i18n/messages",
        "../backoffice-web/src/main/resources/nl/ouderportaal/backoffice/i18n/messages"
      })
  void aTextWithAPlaceholderDoublesItsApostrophesAndBothLanguagesHaveIt(String bundle)
      throws IOException {
    Properties dutch = load(bundle, "nl");
    Properties english = load(bundle, "en");
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
    List<String> wrong = new ArrayList<>();
    for (Properties texts : List.of(dutch, english)) {
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (PLACEHOLDER.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
          wrong.add(key + "=" + text);
        }
      }
    }
    assertThat(wrong).as("texts with a placeholder and a single apostrophe").isEmpty();
  }

  private static Properties load(String bundle, String language) throws IOException {
    Properties texts = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of(bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }
}
