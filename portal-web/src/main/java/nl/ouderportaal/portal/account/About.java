package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import nl.ouderportaal.domain.family.Parents;

/** 'Over dit portaal': version and build, the privacy statement, how to reach the service desk. */
@Named
@RequestScoped
public class About {

  @Inject private Parents parents;

  private Parents.Profile me;
  private final Properties build = new Properties();

  @PostConstruct
  void load() {
    me = parents.me();
    try (InputStream in =
        About.class.getResourceAsStream("/nl/ouderportaal/portal/build.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getVersion() {
    return build.getProperty("version", "?");
  }

  /** When the portal was built, "2026-12-07 16:04 UTC" (built= is the build's yyyyMMddHHmmss). */
  public String getBuilt() {
    String built = build.getProperty("built", "?");
    try {
      return java.time.LocalDateTime.parse(
                  built, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
              .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
          + " UTC";
    } catch (java.time.format.DateTimeParseException notABuildTime) {
      return built;
    }
  }

  public Parents.Profile getMe() {
    return me;
  }
}
