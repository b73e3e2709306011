package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opens every page of the portal and the back-office once, as the person who uses it, so that
 * axe-core checks each one (the {@link Browser} does, on every page), also those no other browser
 * test reaches: the public pages, the error page and the pages of each menu.
 */
@ExtendWith(ArquillianExtension.class)
public class EveryPageBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(EveryPageBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
    browser.asOriginalSize();
  }

  @Test
  public void theParentsPagesOnAPhone() {
    Scenario s = server.newScenario();
    openAll(
        server::portal,
        List.of(
            "login.xhtml",
            "forgot-password.xhtml",
            "activate.xhtml",
            "reset-password.xhtml",
            "confirm-email.xhtml",
            "errors/no-such-page.xhtml"));

    browser.open(server.portal("login.xhtml"));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    openAll(
        server::portal,
        List.of(
            "index.xhtml",
            "child.xhtml?id=" + s.childA1(),
            "diary.xhtml?child=" + s.childA1(),
            "albums.xhtml?id=" + s.childA1(),
            "messages.xhtml",
            "agenda.xhtml",
            "request-care.xhtml",
            "requests.xhtml",
            "absence.xhtml?child=" + s.childA1(),
            "location.xhtml",
            "account.xhtml",
            "personal.xhtml",
            "notifications.xhtml",
            "credits.xhtml",
            "documents.xhtml",
            "invoices.xhtml",
            "questions.xhtml",
            "about.xhtml",
            "no-such-page.xhtml"));
  }

  @Test
  public void theServiceDesksPagesOnALaptop() {
    Scenario s = server.newScenario();
    browser.asLaptop();
    openAll(server::backoffice, List.of("login.xhtml", "errors/no-such-page.xhtml"));

    browser.open(server.backoffice("login.xhtml"));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    openAll(
        server::backoffice,
        List.of(
            "index.xhtml",
            "reviews.xhtml",
            "questions.xhtml",
            "families.xhtml",
            "family.xhtml?id=" + s.familyA(),
            "family-credits.xhtml?id=" + s.familyA(),
            "family-documents.xhtml?id=" + s.familyA(),
            "family-log.xhtml?id=" + s.familyA(),
            "family-new.xhtml",
            "locations.xhtml",
            "location.xhtml",
            "staff.xhtml",
            "news.xhtml",
            "jobs.xhtml",
            "settings.xhtml"));
  }

  @Test
  public void theGroupWorkersPagesOnALaptop() {
    Scenario s = server.newScenario();
    browser.asLaptop();

    browser.open(server.backoffice("login.xhtml"));
    browser.logIn(s.staffXEmail(), "Overzicht");
    openAll(
        server::backoffice,
        List.of(
            "index.xhtml",
            "my-groups.xhtml",
            "day-list.xhtml",
            "diary.xhtml",
            "diary.xhtml?child=" + s.childA1(),
            "photos.xhtml",
            "messages.xhtml"));
  }

  /** Opens each page and sees that it is one of the application's (axe checks it meanwhile). */
  private static void openAll(java.util.function.UnaryOperator<String> module, List<String> pages) {
    for (String page : pages) {
      browser.open(module.apply(page));
      assertThat(browser.driver().getTitle()).as(page).contains("Ouderportaal");
    }
  }
}
