package nl.ouderportaal.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, in the organisation's zone; tests pin their own. */
@ApplicationScoped
public class Clocks {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
