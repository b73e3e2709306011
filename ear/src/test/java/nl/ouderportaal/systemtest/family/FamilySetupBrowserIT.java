package nl.ouderportaal.systemtest.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Mailbox;
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
 * The service desk sets a family up in the back-office, as a new organisation does for every
 * family: the family with its parent, two children, a contract and a group for each; the parent is
 * invited and sees the contract days in the agenda. And a contract change a parent asked for is
 * made from the question.
 */
@ExtendWith(ArquillianExtension.class)
public class FamilySetupBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();
  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FamilySetupBrowserIT.class);
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
  public void theDeskCreatesAFamilyWithTwoChildrenAndTheInvitedParentSeesTheContractDays() {
    Scenario s = server.newScenario();
    String email = "lotte-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";
    String familyName = "Visser " + s.token();
    LocalDate today = LocalDate.now();
    LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    logInAsDesk(s);
    browser.click(By.id("nav-families"));
    browser.click(By.id("new-family"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuw gezin"));
    browser.type(By.id("newFamily:street"), "Lindelaan 4");
    browser.type(By.id("newFamily:postalCode"), "3581ab");
    browser.type(By.id("newFamily:city"), "Utrecht");
    browser.type(By.id("newFamily:firstName"), "Lotte");
    browser.type(By.id("newFamily:lastName"), familyName);
    browser.type(By.id("newFamily:email"), "lotte@voorbeeld");
    browser.click(By.id("newFamily:create"));
    assertThat(
            browser.textOf(
                By.cssSelector("[id='newFamily:email'] ~ .ui-message-error, .ui-message-error")))
        .contains("geen geldig e-mailadres");
    browser.type(By.id("newFamily:email"), email);
    browser.click(By.id("newFamily:create"));
    browser.waitFor(d -> d.getTitle().startsWith("Gezin " + familyName));
    assertThat(browser.textOf(By.id("messages"))).contains("Het gezin is toegevoegd");
    assertThat(browser.find(By.id("details:postalCode")).getAttribute("value"))
        .isEqualTo("3581 AB");

    addChild("Mees", today.minusYears(2));
    addChild("Fenna", today.minusMonths(7));
    // the children come oldest first: Mees is child0, Fenna child1
    giveContract("child0", monday, s.groupYName());
    assertThat(browser.textOf(By.id("messages"))).contains("Het contract van Mees " + familyName);
    giveContract("child1", monday, s.groupXName());

    String mees = browser.textOf(By.id("section-child0"));
    assertThat(mees).contains("ma hele dag", s.groupYName(), "528 uur per jaar");
    assertThat(browser.textOf(By.id("section-child1"))).contains(s.groupXName());
    browser.click(By.id("tab-log"));
    browser.waitFor(d -> d.getCurrentUrl().contains("family-log.xhtml"));
    assertThat(browser.textOf(By.id("log:entries")))
        .contains(
            "Gezin toegevoegd", "Kind toegevoegd", "Contract toegevoegd", "In een groep geplaatst");
    browser.click(By.id("tab-family"));
    browser.waitFor(d -> d.getCurrentUrl().contains("family.xhtml"));

    browser.click(By.cssSelector("#parents\\:table button.invite"));
    browser.waitFor(
        d -> d.findElement(By.id("parents:table")).getText().contains("uitgenodigd op"));
    browser.deleteCookies();
    browser.asPhone();

    browser.open(Mailbox.awaitLink(mail, email));
    browser.waitFor(d -> d.getTitle().startsWith("Kies je wachtwoord"));
    browser.type(By.id("choose:password"), "Zon op het dak 42");
    browser.type(By.id("choose:repeat"), "Zon op het dak 42");
    browser.click(By.id("choose:submit"));
    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    // the link in the mail has the site's public address; the test's own address has its cookies
    browser.open(server.portal("login.xhtml"));
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), "Zon op het dak 42");
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    assertThat(browser.pageText()).contains("Mees", "Fenna");

    browser.open(server.portal("agenda.xhtml?month=" + YearMonth.from(monday) + "&day=" + monday));
    assertThat(browser.textOf(By.id("day-" + monday))).contains("Mees", "Fenna");
    LocalDate tuesday = monday.plusDays(1);
    browser.open(
        server.portal("agenda.xhtml?month=" + YearMonth.from(tuesday) + "&day=" + tuesday));
    assertThat(browser.textOf(By.id("day-" + tuesday))).doesNotContain("Mees", "Fenna");
  }

  @Test
  public void aContractChangeAskedThroughAQuestionIsMadeFromTheQuestion() {
    Map.Entry<Scenario, UUID> asked = server.contractQuestion();
    Scenario s = asked.getKey();

    logInAsDesk(s);
    browser.open(server.backoffice("question.xhtml?id=" + asked.getValue()));
    browser.waitFor(d -> d.getTitle().startsWith("Vraag"));
    browser.click(By.id("change-contract"));
    browser.waitFor(d -> d.getTitle().startsWith("Contract van"));
    assertThat(browser.pageText()).contains("De ouders vroegen om deze wijziging");
    checkDay(1, 0);
    checkDay(1, 1);
    typeNumber("contract:hoursPerYear_input", "1056");
    browser.click(By.id("contract:save"));

    browser.waitFor(d -> d.getTitle().startsWith("Vraag"));
    assertThat(browser.textOf(By.id("messages"))).contains("de ouders hebben antwoord gekregen");
    assertThat(browser.textOf(By.id("thread")))
        .contains(
            "We hebben de opvang van Abel aangepast.",
            "maandag en dinsdag hele dag",
            "1.056 uur per jaar");
    assertThat(browser.textOf(By.id("question-status"))).contains("Beantwoord");
  }

  private void logInAsDesk(Scenario s) {
    browser.open(server.backoffice("login.xhtml"));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
  }

  private void addChild(String firstName, LocalDate born) {
    browser.type(By.id("newChild:firstName"), firstName);
    browser.type(
        By.id("newChild:lastName"), browser.find(By.id("details:name")).getAttribute("value"));
    browser.setValue(By.id("newChild:birthDate"), born.toString());
    browser.click(By.id("newChild:add"));
    browser.waitFor(
        d -> d.findElement(By.id("messages")).getText().contains("Het kind is toegevoegd"));
  }

  /** A new contract of Mondays, whole days, 528 hours at 10,95, in the group, from the start. */
  private void giveContract(String child, LocalDate start, String group) {
    browser.click(By.cssSelector("#section-" + child + " a.contract-link"));
    browser.waitFor(d -> d.getTitle().startsWith("Contract van"));
    browser.setValue(By.id("contract:start"), start.toString());
    checkDay(0, 0);
    checkDay(0, 1);
    typeNumber("contract:hoursPerYear_input", "528");
    typeNumber("contract:hourlyRate_input", "10,95");
    choose("contract:group", group);
    browser.click(By.id("contract:save"));
    browser.waitFor(d -> d.getTitle().startsWith("Gezin"));
  }

  /** Chooses an option of a group of radio buttons by the text of its label. */
  private void choose(String radios, String option) {
    browser.click(By.xpath("//*[@id='" + radios + "']//label[normalize-space()='" + option + "']"));
  }

  /**
   * Types over a number field (PrimeFaces formats it as you type, so select what is there first).
   */
  private void typeNumber(String id, String text) {
    org.openqa.selenium.WebElement field = browser.find(By.id(id));
    field.click();
    field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    field.sendKeys(text);
  }

  /** Ticks a day part of a weekday (0 Monday) in the contract form (0 morning, 1 afternoon). */
  private void checkDay(int weekday, int part) {
    browser.click(By.cssSelector("label[for='contract:week:" + weekday + ":parts:" + part + "']"));
  }
}
