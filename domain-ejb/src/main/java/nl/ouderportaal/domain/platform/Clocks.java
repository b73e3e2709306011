package nl.ouderportaal.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, in the organisation's zone; tests pin their own. */
@ApplicationScoped
public class Clocks {

  /** The organisation's zone, also for the zone of a timer's schedule (which needs a constant). */
  public static final String ZONE_ID = "Europe/Amsterdam";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  @Produces
  Clock clock() {
    return Clock.system(ZONE);
  }
}
