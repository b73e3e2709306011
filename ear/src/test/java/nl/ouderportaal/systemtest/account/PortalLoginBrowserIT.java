package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A parent on a phone logs in to the portal, sees their own children, and logs out. */
@ExtendWith(ArquillianExtension.class)
public class PortalLoginBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(PortalLoginBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void aParentLogsInAndSeesTheirOwnChildrenAndNotAnotherFamilys() {
    Scenario s = server.newScenario();

    browser.open(server.portal(""));
    logIn(s.parentAEmail(), Scenario.PASSWORD);

    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    String page = browser.pageText();
    assertThat(page)
        .contains(s.childA1Name(), s.childA2Name(), s.groupXName(), "8 maanden", "3 jaar");
    assertThat(page).doesNotContain(s.childB1Name(), s.childB2Name());
    assertThat(browser.textOf(By.cssSelector("nav.bottom-nav"))).contains("Mijn kind", "Account");
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
  }

  @Test
  public void aWrongPasswordShowsAnErrorAndKeepsTheAddress() {
    Scenario s = server.newScenario();

    browser.open(server.portal("login.xhtml"));
    logIn(s.parentAEmail(), "Verkeerd-wachtwoord-1");

    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo("Het e-mailadres of het wachtwoord klopt niet.");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(s.parentAEmail());
    assertThat(browser.pageText()).doesNotContain(s.childA1Name());
  }

  @Test
  public void loggingOutEndsTheSessionAndTheBackButtonShowsNoData() {
    Scenario s = server.newScenario();
    browser.open(server.portal(""));
    logIn(s.parentAEmail(), Scenario.PASSWORD);
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));

    browser.find(By.id("nav-account")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Account"));
    assertThat(browser.pageText()).contains(s.parentAName());
    browser.click(By.id("logout:logout-button"));

    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.pageText()).contains("Je bent uitgelogd.");
    String loggedOut = browser.driver().getCurrentUrl();
    browser.driver().navigate().back();
    // the account page is asked for again (never kept by the browser), and sends to the login
    browser.waitFor(
        d -> !d.getCurrentUrl().equals(loggedOut) && d.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.driver().getCurrentUrl()).contains("next=%2Faccount.xhtml");
    assertThat(browser.pageText()).doesNotContain(s.childA1Name(), s.parentAName());
  }

  @Test
  public void theLoginPageSpeaksEnglishOnRequest() {
    browser.open(server.portal("login.xhtml"));
    browser.find(By.linkText("English")).click();

    browser.waitFor(d -> d.getTitle().startsWith("Log in"));
    assertThat(browser.find(By.id("submit")).getAttribute("value")).isEqualTo("Log in");
    browser.find(By.linkText("Nederlands")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Inloggen"));
  }

  private void logIn(String email, String password) {
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), password);
    browser.find(By.id("submit")).click();
  }
}
