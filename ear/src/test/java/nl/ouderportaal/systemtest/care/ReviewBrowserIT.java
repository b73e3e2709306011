package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.PendingRequest;
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
import org.openqa.selenium.By;

/**
 * The service desk decides on a request that waits in the queue: approves it, or rejects it with
 * the reason the parents will read. Each test's organisation has exactly one waiting request.
 */
@ExtendWith(ArquillianExtension.class)
public class ReviewBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ReviewBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void theServiceDeskApprovesARequestAndItLeavesTheQueue() {
    PendingRequest pending = server.pendingRequest();
    Scenario s = pending.scenario();
    By request = By.id("request-" + pending.requestId());

    openTheQueue(s);

    String text = browser.textOf(request);
    assertThat(text)
        .contains(s.familyAName(), s.childA1Name(), s.groupXName())
        .contains("woensdag", "ochtend", "op de factuur", "De ouder betaalt op de factuur.")
        // one group worker, in the singular
        .contains("BKR: nu 0 medewerkers, met dit kind 1 medewerker");
    browser.click(By.cssSelector("#request-" + pending.requestId() + " .approve"));

    browser.waitFor(d -> d.findElements(request).isEmpty());
    assertThat(browser.textOf(By.id("queue:messages")))
        .contains("De aanvraag van " + s.familyAName() + " is goedgekeurd.");
    assertThat(browser.textOf(By.id("queue")))
        .contains("Er wachten geen aanvragen.")
        .doesNotContain(s.childA1Name());
    // the menu's badge counts the decision just made, not the one before it
    assertThat(browser.textOf(By.id("nav-reviews"))).isEqualTo("Aanvragen");
  }

  @Test
  public void rejectingAsksForTheReasonAndThenRemovesTheRequest() {
    PendingRequest pending = server.pendingRequest();
    Scenario s = pending.scenario();
    By request = By.id("request-" + pending.requestId());
    By reason = By.id("reject:reason");

    openTheQueue(s);
    browser.click(By.cssSelector("#request-" + pending.requestId() + " .reject"));
    browser.waitFor(d -> d.findElement(reason).isDisplayed());

    browser.click(By.id("reject:confirm"));
    assertThat(browser.textOf(By.id("reject:reasonMessage")))
        .contains("Vul een reden in. De ouders zien deze reden.");
    assertThat(browser.find(request).getText()).contains(s.childA1Name());

    browser.type(reason, "Op die dag gaat de groep op uitstapje.");
    browser.click(By.id("reject:confirm"));

    browser.waitFor(d -> d.findElements(request).isEmpty());
    browser.waitFor(d -> !d.findElement(reason).isDisplayed());
    assertThat(browser.textOf(By.id("queue:messages")))
        .contains("De aanvraag van " + s.familyAName() + " is afgewezen.");
    assertThat(browser.textOf(By.id("queue"))).contains("Er wachten geen aanvragen.");
  }

  /** Logs in as the service desk, sees the waiting request counted, and opens the queue. */
  private void openTheQueue(Scenario s) {
    browser.open(server.backoffice(""));
    browser.type(By.id("email"), s.serviceDeskEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));
    assertThat(browser.textOf(By.id("figure-reviews"))).startsWith("1");
    assertThat(browser.textOf(By.id("nav-reviews"))).contains("Aanvragen", "1");

    browser.click(By.id("nav-reviews"));
    browser.waitFor(d -> d.getTitle().startsWith("Aanvragen beoordelen"));
  }
}
