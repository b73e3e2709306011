package nl.ouderportaal.backoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the domain writes to the audit log has a text in both languages, so that the service
 * desk reads "Uitnodiging gestuurd" and never a code such as INVITED. The actions are read from the
 * domain's sources (the module next to this one), where each is a literal in a call of the log; the
 * two made of a prefix and a state are spelled out here.
 */
class AuditTextsTest {

  private static final Pattern ACTION =
      Pattern.compile("audit\\.(?:record|change)\\(\\s*[^,;]+?,\\s*\"([A-Z_]+)\"(\\s*\\+)?");

  private static final Set<String> COMPUTED =
      Set.of(
          "LOGIN_REFUSED_NEW",
          "LOGIN_REFUSED_ACTIVE",
          "LOGIN_REFUSED_BLOCKED",
          "CREDIT_GRANT",
          "CREDIT_CORRECTION");

  @Test
  void everyActionOfTheAuditLogHasADutchAndAnEnglishText() throws IOException {
    Set<String> actions = actions();
    assertThat(actions).as("actions found in the domain").hasSizeGreaterThan(50);
    for (String language : new String[] {"nl", "en"}) {
      Properties texts = bundle(language);
      assertThat(actions)
          .as("actions without a text in messages_" + language)
          .allSatisfy(action -> assertThat(texts).containsKey("audit." + action));
    }
  }

  private static Set<String> actions() throws IOException {
    Path domain = Path.of("..", "domain-ejb", "src", "main", "java");
    Set<String> actions = new TreeSet<>(COMPUTED);
    try (Stream<Path> files = Files.walk(domain)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .forEach(
              file -> {
                Matcher matcher = ACTION.matcher(read(file));
                while (matcher.find()) {
                  if (matcher.group(2) == null) {
                    actions.add(matcher.group(1));
                  }
                }
              });
    }
    return actions;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        AuditTextsTest.class.getResourceAsStream(
            "/nl/ouderportaal/backoffice/i18n/messages_" + language + ".properties")) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return texts;
  }
}
