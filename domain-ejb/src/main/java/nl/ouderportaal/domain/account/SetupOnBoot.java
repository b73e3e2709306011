package nl.ouderportaal.domain.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import nl.ouderportaal.domain.platform.Links;

/**
 * At the start of an installation without an organisation (and without demo data), logs the link to
 * set up the first one. Whoever can read the server's log can set it up; nobody else.
 */
@Singleton
@Startup
public class SetupOnBoot {

  private static final Logger LOG = System.getLogger(SetupOnBoot.class.getName());

  @Inject private Setup setup;
  @Inject private Links links;

  @PostConstruct
  void announce() {
    if (demo()) {
      return;
    }
    setup
        .issue()
        .ifPresent(
            secret ->
                LOG.log(
                    Level.WARNING,
                    """

                    ============================================================================
                     Ouderportaal has no organisation yet. Set it up here (a link for one use):
                       {0}
                    ============================================================================""",
                    links.backoffice("/setup.xhtml?token=" + secret)));
  }

  /** The demo data makes its own organisation (see the demo package). */
  private static boolean demo() {
    return "true".equalsIgnoreCase(System.getenv("OUDERPORTAAL_DEMO_DATA"))
        || Boolean.getBoolean("ouderportaal.demo-data");
  }
}
