package nl.ouderportaal.systemtest.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.ouderportaal.domain.platform.Clocks;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Credits and absences the whole way, as people click them: the service desk grants hours on the
 * family page and the parent reads them under 'Tegoeden'; a parent reports a day of care absent,
 * sees it in the agenda, and the group worker sees it in the day list. Parents use a phone, staff a
 * laptop. Every scenario's KDV children have contract care on Mondays (morning and afternoon).
 */
@ExtendWith(ArquillianExtension.class)
public class CreditsAndAbsenceBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(CreditsAndAbsenceBrowserIT.class);
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
  public void theServiceDeskGrantsHoursWithAReasonAndTheParentSeesTheBalanceAndTheGrant() {
    Scenario s = server.newScenario();
    int thisYear = LocalDate.now(Clocks.ZONE).getYear();

    browser.asLaptop();
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-families"));
    browser.click(By.linkText(s.familyAName()));
    browser.waitFor(d -> d.getTitle().startsWith("Gezin"));
    browser.click(By.id("tab-credits"));
    browser.waitFor(d -> d.getCurrentUrl().contains("family-credits.xhtml"));
    String form = creditFormOf(s.childA1Name());
    assertThat(browser.textOf(By.id(form))).contains("Dit kind heeft nog geen tegoed.");

    browser.click(By.id(form + ":change"));
    assertThat(browser.textOf(By.cssSelector("[id='" + form + "'] .ui-message-error")))
        .as("hours and a reason are asked for next to their fields")
        .isNotBlank();

    browser.type(By.id(form + ":hours_input"), "12,5");
    browser.type(By.id(form + ":reason"), "Compensatie sluiting " + s.token());
    browser.click(By.id(form + ":change"));

    assertThat(browser.textOf(By.id(form + ":messages")))
        .contains("Het tegoed van " + s.childA1Name() + " is aangepast.");
    assertThat(browser.textOf(By.id(form + ":balances")))
        .contains("KDV flextegoed", "12,5", "geldig")
        .doesNotContain("verlopen");

    browser.deleteCookies();
    browser.asPhone();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-account"));
    browser.click(By.id("credits"));
    browser.waitFor(d -> d.getTitle().startsWith("Tegoeden"));

    WebElement child = creditsOf(s.childA1Name());
    assertThat(child.getText())
        .contains("KDV flextegoed: 12,5 uur", "geldig t/m 31 december " + thisYear);
    assertThat(creditsOf(s.childA2Name()).getText()).contains("Geen tegoeden.");
    child.findElement(By.tagName("summary")).click();
    WebElement history = browser.waitFor(d -> child.findElement(By.cssSelector("ul.history")));
    browser.waitFor(d -> history.isDisplayed());
    assertThat(history.findElements(By.tagName("li")))
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains(
            "KDV flextegoed", "+12,5", "toegekend", "(Compensatie sluiting " + s.token() + ")");
  }

  @Test
  public void aParentReportsADayOfCareAbsentAndTheGroupWorkerSeesItInTheDayList() {
    Scenario s = server.newScenario();
    String abel = s.childA1Name().split(" ")[0];
    LocalDate monday = next(DayOfWeek.MONDAY);
    LocalDate wednesday = next(DayOfWeek.WEDNESDAY);

    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-agenda"));
    browser.click(By.id("report-absence"));
    browser.waitFor(d -> d.getTitle().startsWith("Afwezigheid doorgeven"));
    assertThat(browser.textOf(By.id("absence"))).contains("Je krijgt voor afwezigheid geen uren");

    new Select(browser.find(By.id("absence:child"))).selectByVisibleText(s.childA1Name());
    browser.setValue(By.id("absence:from"), wednesday.toString());
    browser.click(By.cssSelector("input[name='absence:reason'][value='SICK']"));
    browser.type(By.id("absence:note"), "Koorts");
    browser.click(By.id("absence:submit"));

    assertThat(browser.textOf(By.cssSelector("#absence .field-error")))
        .as("a day without care is refused next to the dates, with the day written out")
        .isEqualTo(abel + " heeft op " + longDay(wednesday) + " geen opvang.");
    assertThat(new Select(browser.find(By.id("absence:child"))).getFirstSelectedOption().getText())
        .isEqualTo(s.childA1Name());

    browser.setValue(By.id("absence:from"), monday.toString());
    browser.click(By.id("absence:submit"));
    // the child and the day, in words
    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo(
            "Abel is afgemeld voor "
                + monday.format(
                    java.time.format.DateTimeFormatter.ofPattern(
                        "EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl")))
                + ".");

    browser.click(By.id("nav-agenda"));
    browser.waitFor(d -> d.getTitle().startsWith("Agenda"));
    if (!YearMonth.from(monday).equals(YearMonth.now(Clocks.ZONE))) {
      browser.click(By.cssSelector("a[aria-label='Volgende maand']"));
    }
    By mondayInTheMonth = By.cssSelector("a[data-day='" + monday + "']");
    assertThat(browser.find(mondayInTheMonth).findElements(By.cssSelector(".dot.absence")))
        .hasSize(1);
    browser.click(mondayInTheMonth);
    assertThat(browser.textOf(By.id("day-" + monday))).contains(abel, "Afwezig gemeld (Ziek)");

    browser.deleteCookies();
    browser.asLaptop();
    browser.open(server.backoffice(""));
    browser.logIn(s.staffXEmail(), "Overzicht");
    browser.click(By.id("nav-day-list"));
    browser.waitFor(d -> d.getTitle().startsWith("Daglijst"));
    browser.setValue(By.id("dayList:day"), monday.toString());
    browser.click(By.id("dayList:show"));
    browser.waitFor(d -> d.findElement(By.id("day-text")).getText().equals(longDay(monday)));

    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='dayList:parts_data'] tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(names(row, "span.name.absent")).containsExactly(s.childA1Name());
              assertThat(row.getText()).contains(s.childA1Name() + " (Ziek)");
              assertThat(names(row, "span.name:not(.absent):not(.extra)"))
                  .containsExactly(s.childB1Name());
            });
    assertThat(rows)
        .extracting(WebElement::getText)
        .anySatisfy(morning -> assertThat(morning).contains("ochtend", "1 / 12"));
  }

  /** The id of the credits form of one child on the family's page Tegoeden. */
  private static String creditFormOf(String childName) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("form.credits")).stream()
                .filter(f -> f.findElement(By.tagName("h3")).getText().equals(childName))
                .map(f -> f.getAttribute("id"))
                .findFirst()
                .orElse(null));
  }

  /** One child's card on the portal's credits page. */
  private static WebElement creditsOf(String childName) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("section.credits")).stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().equals(childName))
                .findFirst()
                .orElse(null));
  }

  private static List<String> names(WebElement row, String css) {
    return row.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static String longDay(LocalDate day) {
    return day.format(
        java.time.format.DateTimeFormatter.ofPattern(
            "EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
  }

  /** The first such weekday at least three days from today. */
  private static LocalDate next(DayOfWeek weekday) {
    LocalDate day = LocalDate.now(Clocks.ZONE).plusDays(3);
    while (day.getDayOfWeek() != weekday) {
      day = day.plusDays(1);
    }
    return day;
  }
}
