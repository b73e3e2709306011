package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * A parent on a phone requests a day for both children, one paid with credit and one on the
 * invoice, follows it in the overview and the agenda, and cancels one of them.
 */
@ExtendWith(ArquillianExtension.class)
public class RequestCareBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(RequestCareBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void aParentRequestsADayForTwoChildrenFollowsItAndCancelsOne() {
    Scenario s = server.newScenario();
    server.grant(s, s.childA1(), "DAYCARE_FLEX", "20");
    LocalDate day = LocalDate.now().plusDays(3);
    while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
      day = day.plusDays(1);
    }

    browser.open(server.portal(""));
    browser.type(By.id("email"), s.parentAEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    browser.click(By.id("nav-agenda"));
    browser.click(By.id("request-day"));
    browser.waitFor(d -> d.getTitle().startsWith("Dag aanvragen"));

    assertThat(browser.textOf(By.id("window")))
        .isEqualTo(
            "Je kunt 2 tot 90 dagen vooruit aanvragen. Een andere dag kan ook: dan beoordeelt het"
                + " Servicepunt je aanvraag.");
    browser.setValue(By.id("day:date"), day.toString());
    browser.click(By.id("day:show"));
    // the children come oldest first: Ada (3) is child-0, Abel (8 months) child-1
    browser.click(By.cssSelector("#child-1 input[value='MORNING']"));
    browser.click(By.cssSelector("#child-1 input[value='DAYCARE_FLEX']"));
    browser.click(By.cssSelector("#child-0 input[value='AFTERNOON']"));
    browser.click(By.cssSelector("#child-0 input[value='INVOICE']"));
    browser.click(By.id("choose:add"));
    browser.waitFor(d -> d.findElements(By.cssSelector("#request li.preview-line")).size() == 2);
    // a day added by mistake is removed again (a button: the page loads no script)
    LocalDate thursday = day.plusDays(1);
    browser.setValue(By.id("day:date"), thursday.toString());
    browser.click(By.id("day:show"));
    browser.click(By.cssSelector("#child-1 input[value='MORNING']"));
    browser.click(By.cssSelector("#child-1 input[value='DAYCARE_FLEX']"));
    browser.click(By.id("choose:add"));
    browser.waitFor(d -> d.findElements(By.cssSelector("#request li.preview-line")).size() == 3);
    browser.click(By.cssSelector("#line-2 input.remove"));
    browser.waitFor(d -> d.findElements(By.cssSelector("#request li.preview-line")).size() == 2);

    String preview = browser.textOf(By.id("request"));
    assertThat(preview)
        .contains("Abel", "Ada", "KDV flextegoed", "Op de factuur: € 60,23", "Annuleren kan tot");
    assertThat(preview).contains("Het Servicepunt beoordeelt dit");
    browser.click(By.id("request:submit"));

    browser.waitFor(d -> d.getTitle().startsWith("Aanvragenoverzicht"));
    assertThat(browser.textOf(By.id("sent")))
        .startsWith("Je aanvraag is ingediend. Het Servicepunt beoordeelt");
    assertThat(browser.pageText()).contains("Wordt beoordeeld", "Abel", "Ada", "op de factuur");

    browser.open(server.portal("agenda.xhtml?month=" + YearMonth.from(day) + "&day=" + day));
    String dayDetails = browser.textOf(By.id("day-" + day));
    // Dutch writes the month in lower case: "woensdag 9 december 2026", not "9 December 2026"
    assertThat(dayDetails)
        .contains(
            day.format(
                java.time.format.DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))));
    assertThat(dayDetails).contains("Abel", "Ada", "Wordt beoordeeld");

    browser.click(By.cssSelector("#day-" + day + " a.open-request"));
    browser.waitFor(d -> d.getTitle().startsWith("Aanvraag"));
    // the request still waits for the service desk: it is withdrawn, after a question
    assertThat(browser.find(By.cssSelector("#line-0 input.cancel")).getAttribute("value"))
        .isEqualTo("Aanvraag intrekken");
    browser.click(By.cssSelector("#line-0 input.cancel"));
    assertThat(browser.textOf(By.id("line-0"))).contains("Weet je het zeker?");
    browser.click(By.cssSelector("#line-0 input.keep"));
    assertThat(browser.textOf(By.id("line-0"))).doesNotContain("Weet je het zeker?", "ingetrokken");
    browser.click(By.cssSelector("#line-0 input.cancel"));
    browser.click(By.cssSelector("#line-0 input.confirm-cancel"));
    assertThat(browser.textOf(By.id("messages"))).contains("is ingetrokken");
    assertThat(browser.textOf(By.id("line-0"))).contains("geannuleerd");
    assertThat(browser.textOf(By.id("line-1"))).doesNotContain("geannuleerd");
    assertThat(browser.find(By.cssSelector("#line-1 input.cancel")).getAttribute("value"))
        .isEqualTo("Aanvraag intrekken");

    // the language switch on Account is a button too, and works without a script
    browser.click(By.id("nav-account"));
    browser.click(By.id("language:en"));
    browser.waitFor(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    browser.click(By.id("language:nl"));
    browser.waitFor(d -> "nl".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  @Test
  public void aDayAfterTheContractSaysSoWithTheChildsName() {
    nl.ouderportaal.systemtest.support.NewFamily family = server.newFamily(-60, 20, true);
    LocalDate after = LocalDate.now().plusDays(30);
    while (after.getDayOfWeek() == DayOfWeek.SATURDAY || after.getDayOfWeek() == DayOfWeek.SUNDAY) {
      after = after.plusDays(1);
    }
    browser.open(server.portal(""));
    browser.type(By.id("email"), family.parentEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    browser.open(server.portal("request-care.xhtml"));
    browser.setValue(By.id("day:date"), after.toString());
    browser.click(By.id("day:show"));
    String first = family.childName().split(" ")[0];
    assertThat(browser.textOf(By.id("child-0")))
        .contains(first + " heeft op die dag geen contract of groep.")
        .doesNotContain("{0}");
  }
}
