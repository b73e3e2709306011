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

/** Staff and the service desk log in to the back-office on a laptop. */
@ExtendWith(ArquillianExtension.class)
public class BackofficeLoginBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(BackofficeLoginBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void aGroupWorkerSeesTheChildrenOfTheirOwnGroup() {
    Scenario s = server.newScenario();

    browser.open(server.backoffice(""));
    logIn(s.staffXEmail());
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));
    assertThat(browser.textOf(By.id("current-user"))).contains("Xandra");
    browser.find(By.id("nav-my-groups")).click();

    browser.waitFor(d -> d.getTitle().startsWith("Mijn groepen"));
    String table = browser.textOf(By.id("groups:children"));
    assertThat(table).contains(s.childA1Name(), s.childB1Name(), s.groupXName());
    assertThat(table).doesNotContain(s.childA2Name(), s.childB2Name());
    assertThat(browser.pageText()).doesNotContain("Gezinnen");
  }

  @Test
  public void theServiceDeskFindsAFamilyByAChildsName() {
    Scenario s = server.newScenario();

    browser.open(server.backoffice(""));
    logIn(s.serviceDeskEmail());
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));
    browser.find(By.id("nav-families")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Gezinnen"));

    assertThat(browser.textOf(By.id("families:table")))
        .contains(s.familyAName(), s.familyBName(), "1-2 van 2");

    browser.type(By.id("families:table:globalFilter"), s.childB2Name());

    browser.waitFor(
        d -> !d.findElement(By.id("families:table")).getText().contains(s.familyAName()));
    String table = browser.textOf(By.id("families:table"));
    assertThat(table).contains(s.familyBName(), s.childB2Name(), "1-1 van 1");
    assertThat(table).doesNotContain(s.familyAName());
  }

  @Test
  public void aParentCannotUseTheBackoffice() {
    Scenario s = server.newScenario();

    browser.open(server.backoffice("login.xhtml"));
    logIn(s.parentAEmail());

    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo("Dit is de back-office voor medewerkers. Ouders loggen in op het ouderportaal.");
    browser.open(server.backoffice("index.xhtml"));
    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
  }

  private void logIn(String email) {
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
  }
}
