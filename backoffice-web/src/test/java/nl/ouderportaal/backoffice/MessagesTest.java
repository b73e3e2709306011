package nl.ouderportaal.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text is in both languages, and every key a page uses exists. */
class MessagesTest {

  private static final String BUNDLE = "/nl/ouderportaal/backoffice/i18n/messages_%s.properties";

  @Test
  void dutchAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(load("en").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(load("nl").stringPropertyNames()));
  }

  @Test
  void noTextIsEmpty() throws IOException {
    for (String language : new String[] {"nl", "en"}) {
      Properties messages = load(language);
      assertThat(messages.stringPropertyNames())
          .allSatisfy(
              key -> assertThat(messages.getProperty(key)).as(language + " " + key).isNotBlank());
    }
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Properties dutch = load("nl");
    Pattern use = Pattern.compile("msg\\['([^']+)'\\]");
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = use.matcher(Files.readString(page));
        while (matcher.find()) {
          assertThat(dutch).as(page + " uses " + matcher.group(1)).containsKey(matcher.group(1));
        }
      }
    }
  }

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(String.format(BUNDLE, language))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
