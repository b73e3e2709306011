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
    open("start:group");
    browser.type(By.id("start:group_filter"), "Y " + s.token());
    browser.find(item("start:group", "starts-with(@data-label, '" + s.groupYName() + "')")).click();
    browser.waitFor(
        d ->
            d.findElement(By.id("start:group_label")).getText().startsWith(s.groupYName())
                ? true
                : null);
    browser.click(By.id("start:go"));

    assertThat(browser.textOf(By.id("start:messages")))
        .contains("Dagboeken als PDF – Groep " + s.groupYName() + " is gestart");
    browser.waitFor(
        d ->
            d.findElement(By.id("runs:table")).getText().contains("– Groep " + s.groupYName())
                ? true
                : null);

    browser.click(By.xpath("//label[@for='start:diaryChoice:2']"));
    browser.click(By.id("start:child_input"));
    browser.type(By.id("start:child_input"), "Abel");
    browser
        .find(By.xpath("//*[@id='start:child_panel']//tr[contains(., '" + s.childA1Name() + "')]"))
        .click();
    browser.click(By.id("start:go"));

    // the message of the group's start is replaced by the child's
    browser.waitFor(
        d ->
            d.findElement(By.id("start:messages"))
                    .getText()
                    .contains("Dagboeken als PDF – " + s.childA1Name() + " is gestart")
                ? true
                : null);
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
    // the form's fields for the kind come with the answer of the choice
    browser.waitFor(
        d ->
            d.findElement(By.id("start:parameterHint")).getText().startsWith("Jaar") ? true : null);
    browser.type(By.id("start:parameter"), thisYear);
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
    open(menu);
    browser.find(item(menu, "@data-label='" + label + "'")).click();
    browser.waitFor(
        d -> d.findElement(By.id(menu + "_label")).getText().equals(label) ? true : null);
  }

  /** Opens a PrimeFaces menu and waits until its panel has opened (it grows in). */
  private void open(String menu) {
    browser.click(By.id(menu));
    browser.waitFor(
        d ->
            d.findElement(By.id(menu + "_panel")).getAttribute("class").contains("enter-done")
                ? true
                : null);
  }

  private static By item(String menu, String condition) {
    return By.xpath("//*[@id='" + menu + "_panel']//li[" + condition + "]");
  }
}
