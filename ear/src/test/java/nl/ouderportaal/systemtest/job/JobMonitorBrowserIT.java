package nl.ouderportaal.systemtest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;

/**
 * The service desk on the job monitor: picks the group and the child of a diary export by name and
 * finds the runs listed by those names; starts the annual statements of a year that has not ended
 * only after reading why that is too early and confirming.
 */
@ExtendWith(ArquillianExtension.class)
public class JobMonitorBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(JobMonitorBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void theServiceDeskExportsTheDiariesOfAGroupAndAChildChosenByName() {
    Scenario s = server.newScenario();
    openJobs(s);

    choose("start:kind", "Dagboeken als PDF");
    browser.click(By.xpath("//label[@for='start:diaryChoice:1']"));
    browser.click(By.id("start:group"));
    browser.type(By.id("start:group_filter"), "Y " + s.token());
    browser.click(
        By.xpath(
            "//*[@id='start:group_panel']//li[starts-with(@data-label, '"
                + s.groupYName()
                + "')]"));
    browser.click(By.id("start:go"));

    assertThat(browser.textOf(By.id("start:messages")))
        .contains("Dagboeken als PDF – Groep " + s.groupYName() + " is gestart");
    browser.waitFor(
        d ->
            d.findElement(By.id("runs:table")).getText().contains("– Groep " + s.groupYName())
                ? true
                : null);

    browser.click(By.xpath("//label[@for='start:diaryChoice:2']"));
    browser.type(By.id("start:child_input"), "Abel");
    browser.click(
        By.xpath("//*[@id='start:child_panel']//tr[contains(., '" + s.childA1Name() + "')]"));
    browser.click(By.id("start:go"));

    assertThat(browser.textOf(By.id("start:messages")))
        .contains("Dagboeken als PDF – " + s.childA1Name() + " is gestart");
    browser.waitFor(
        d ->
            d.findElement(By.id("runs:table")).getText().contains("– " + s.childA1Name())
                ? true
                : null);
    assertThat(browser.textOf(By.id("runs:table"))).doesNotContain(s.childA1().toString());
  }

  @Test
  public void theAnnualStatementsOfThisYearStartOnlyAfterTheWarningIsConfirmed() {
    Scenario s = server.newScenario();
    String thisYear = String.valueOf(LocalDate.now().getYear());
    openJobs(s);

    choose("start:kind", "Jaaropgaven");
    browser.type(By.id("start:parameter"), thisYear);
    browser.find(By.id("start:parameter")).sendKeys(Keys.TAB);
    browser.click(By.id("start:go"));

    assertThat(browser.textOf(By.id("start:earlyReason")))
        .contains(thisYear + " is nog niet voorbij", "december", "kinderopvangtoeslag");
    assertThat(browser.textOf(By.id("runs:table"))).doesNotContain("Jaaropgaven " + thisYear);

    browser.click(By.id("start:confirm"));

    assertThat(browser.textOf(By.id("start:messages")))
        .contains("Jaaropgaven " + thisYear + " is gestart");
    assertThat(browser.driver().findElements(By.id("start:earlyReason"))).isEmpty();
    browser.waitFor(
        d ->
            d.findElement(By.id("runs:table")).getText().contains("Jaaropgaven " + thisYear)
                ? true
                : null);
  }

  private void openJobs(Scenario s) {
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-jobs"));
    browser.waitFor(d -> d.getTitle().startsWith("Taken"));
  }

  /** Chooses an option of a PrimeFaces menu by its label, as a person clicks it. */
  private void choose(String menu, String label) {
    browser.click(By.id(menu));
    browser.click(By.xpath("//*[@id='" + menu + "_panel']//li[@data-label='" + label + "']"));
    browser.waitFor(
        d -> d.findElement(By.id(menu + "_label")).getText().equals(label) ? true : null);
  }
}
