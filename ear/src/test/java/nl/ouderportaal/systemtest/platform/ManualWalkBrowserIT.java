package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Mailbox;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.news.NewsPdfs;
import nl.ouderportaal.systemtest.support.DiaryScenario;
import nl.ouderportaal.systemtest.support.InvoicedScenario;
import nl.ouderportaal.systemtest.support.NewFamily;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The parents' manual (handleiding-ouderportaal.txt), walked on a phone section by section as a
 * parent clicks it. Each test is one section and names the manual's lines it follows ("l. 101");
 * the texts are the ones the pages show. The fine-grained checks of each page are in the feature's
 * own browser test; this one only sees that what the manual promises can be done, in its order.
 */
@ExtendWith(ArquillianExtension.class)
public class ManualWalkBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();
  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ManualWalkBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  @TempDir Path files;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
    browser.asOriginalSize();
  }

  /** Voor de eerste keer inloggen, l. 17-45. */
  @Test
  public void voorDeEersteKeerInloggen() throws Exception {
    // l. 17: about two months before the start the new parent is sent the login
    NewFamily family = server.newFamily(55, null, false);
    server.inviteDue();
    String link = Mailbox.awaitLink(mail, family.parentEmail());
    MimeMessage invitation = Mailbox.to(mail, family.parentEmail()).get(0);
    assertThat(invitation.getFrom()[0].toString())
        .as("l. 19: the mail comes from noreply@ouderportaal.nl")
        .contains("noreply@ouderportaal.nl");

    browser.open(link);
    page("Kies je wachtwoord", "l. 25: the link of the mail");
    assertThat(browser.pageText()).contains("Voor je account " + family.parentEmail() + ".");
    browser.type(By.id("choose:password"), "Zon op het dak 42");
    browser.type(By.id("choose:repeat"), "Zon op het dak 42");
    browser.click(By.id("choose:submit"));

    // l. 25-31: two fields, the user name is the e-mail address, and the password
    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    fitsTheScreen("l. 25: the login page");
    assertThat(browser.pageText())
        .contains("Je wachtwoord is ingesteld. Log nu in.")
        .as("l. 33: no login received? the service desk")
        .contains("Geen inloggegevens ontvangen? Neem contact op met het Servicepunt.");
    assertThat(browser.find(By.id("email")).getAttribute("value"))
        .as("l. 29: Gebruikersnaam = je e-mailadres")
        .isEqualTo(family.parentEmail());
    browser.type(By.id("password"), "Zon op het dak 42");
    browser.click(By.id("submit"));

    page("Mijn kind", "l. 45: after logging in the parent is on 'Mijn kind'");
    assertThat(browser.pageText()).contains(family.childName());
  }

  /** Mijn kind, l. 43-64. */
  @Test
  public void mijnKind() {
    DiaryScenario d = server.diaryScenario();
    Scenario s = d.scenario();
    logIn(s);

    // l. 45-47: the latest photos of the own children and the diary
    browser.waitForImage(By.cssSelector(".latest-photos img"));
    assertThat(browser.textOf(By.cssSelector(".latest-photos")))
        .contains("Laatste foto's")
        .as("l. 53-55: for private use only, not on social media")
        .contains("Deze foto's zijn alleen voor privégebruik: zet ze niet op sociale media.");
    assertThat(browser.textOf(By.cssSelector(".latest-diary")))
        .contains("Laatste dagboekberichten", d.entryText());
    assertThat(browser.pageText())
        .contains(s.childA1Name(), s.childA2Name())
        .doesNotContain(s.childB1Name());

    // l. 47-51: buttons to write in the diary or to the group, report absent, see the albums
    assertThat(browser.textOf(By.cssSelector(".home-actions")))
        .contains(
            "Schrijf in het dagboek van Abel",
            "Bericht aan de medewerkers",
            "Afwezigheid doorgeven",
            "Fotoalbums");
    browser.click(By.id("albums-button"));
    page("Fotoalbums", "l. 51: the photo albums");
    assertThat(browser.pageText()).contains(d.albumName());

    // l. 59: the menu bar at the bottom leads to the other pages
    WebElement nav = browser.find(By.cssSelector("nav.bottom-nav"));
    assertThat(nav.getText()).contains("Mijn kind", "Berichten", "Agenda", "Locatie", "Account");
    assertThat(nav.getRect().getY() + nav.getRect().getHeight())
        .as("l. 59: the bar is at the bottom of the screen")
        .isGreaterThan(browser.driver().manage().window().getSize().getHeight() - 200);

    // l. 64: logging out is under the figure 'account', bottom right
    WebElement account = browser.find(By.id("nav-account"));
    for (WebElement item : nav.findElements(By.tagName("a"))) {
      assertThat(account.getRect().getX())
          .as("l. 64: 'Account' is the rightmost item")
          .isGreaterThanOrEqualTo(item.getRect().getX());
    }
    browser.click(By.id("nav-account"));
    page("Account", "l. 64: Account");
    browser.click(By.id("logout:logout-button"));
    browser.waitFor(x -> x.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.pageText()).contains("Je bent uitgelogd.");
  }

  /** Dagboek, l. 70-86. */
  @Test
  public void dagboek() throws Exception {
    DiaryScenario d = server.diaryScenario();
    Scenario s = d.scenario();
    String text = "Abel heeft vannacht goed geslapen. " + s.token();
    logIn(s);

    // l. 72: parents and group workers both write in the diary; first the group worker's entry
    browser.click(By.cssSelector("a.write-diary"));
    page("Dagboek van Abel", "l. 72: the diary");
    assertThat(browser.textOf(By.id("entries"))).contains(d.entryText(), "pedagogisch medewerker");

    browser.type(By.id("write:text"), text);
    browser.type(By.id("write:eating"), "Een boterham met kaas");
    browser.type(By.id("write:sleeping"), "Van 13 tot 15 uur");
    new Select(browser.find(By.id("write:mood"))).selectByVisibleText("Tevreden");
    browser.click(By.id("write:submit"));

    assertThat(browser.textOf(By.id("messages"))).isEqualTo("Je bericht staat in het dagboek.");
    assertThat(browser.textOf(By.cssSelector("#entries .diary-entry:first-child")))
        .as("l. 72: the parent's own entry, with the mood")
        .contains(text, "Een boterham met kaas", "Tevreden", s.parentAName(), "ouder");
    fitsTheScreen("l. 72: the diary with the new entry");

    // l. 80-86: 'dagboek downloaden' gives one document to save and print
    WebElement download = browser.find(By.id("download"));
    assertThat(download.getText()).isEqualTo("Dagboek downloaden");
    HttpResponse<byte[]> pdf =
        Server.getBytes(download.getAttribute("href"), "Cookie", browser.sessionCookie());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
  }

  /** Berichten, l. 87-93. */
  @Test
  public void berichten() {
    DiaryScenario d = server.diaryScenario();
    Scenario s = d.scenario();
    String question = "Mag Abel morgen zijn knuffel meenemen? " + s.token();
    logIn(s);

    browser.click(By.id("nav-messages"));
    page("Berichten", "l. 89: the messages of the group");
    assertThat(browser.pageText()).contains(d.messageText());

    // l. 89-91: the parent sends a message to the group too
    new Select(browser.find(By.id("write:group"))).selectByVisibleText(s.groupXName());
    browser.type(By.id("write:text"), question);
    browser.click(By.id("write:send"));
    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo("Je bericht is verstuurd naar de groep.");
    assertThat(browser.textOf(By.cssSelector("article.message:first-of-type"))).contains(question);
    fitsTheScreen("l. 91: the messages with the parent's own");
  }

  /** Agenda, Dag aanvragen in six steps, l. 97-125; and the overview's status, l. 145-153. */
  @Test
  public void agendaDagAanvragenEnAanvragenoverzicht() {
    Scenario s = server.newScenario();
    server.grant(s, s.childA1(), "DAYCARE_FLEX", "20");
    LocalDate day = next(DayOfWeek.WEDNESDAY);
    logIn(s);

    browser.click(By.id("nav-agenda"));
    page("Agenda", "l. 99: the agenda");
    // l. 101: step 1, the button 'Dag aanvragen'
    assertThat(browser.find(By.id("request-day")).getText()).isEqualTo("Dag aanvragen");
    browser.click(By.id("request-day"));
    page("Dag aanvragen", "l. 101: step 1");

    // l. 103: step 2, 'Dag toevoegen' (the form is open at once; its title says so)
    assertThat(browser.textOf(By.cssSelector("form#day h2"))).isEqualTo("Dag toevoegen");
    // l. 105: step 3, the date
    browser.setValue(By.id("day:date"), day.toString());
    browser.click(By.id("day:show"));

    // l. 107-111: step 4, the options per child: day parts, or times by hand
    // (the children come oldest first: Ada (3) is child-0, Abel (8 months) child-1)
    assertThat(browser.textOf(By.id("child-1"))).contains("Abel", "ochtend", "Hoe wil je");
    assertThat(browser.textOf(By.id("child-0"))).contains("Ada", "Handmatig tijden invoeren");
    browser.click(By.cssSelector("#child-1 input[value='MORNING']"));
    browser.click(By.cssSelector("#child-0 input[id$=':manual']"));
    browser.setValue(By.cssSelector("#child-0 input[id$=':start']"), "13:00");
    browser.setValue(By.cssSelector("#child-0 input[id$=':end']"), "17:00");
    fitsTheScreen("l. 107: the options per child");

    // l. 113-119: step 5, 'Hoe wil je de aanvraag voldoen?' per child: a credit, or the invoice
    assertThat(browser.textOf(By.id("child-0")))
        .contains(
            "Hoe wil je de aanvraag voldoen?",
            "Kies je voor de factuur, dan komt de aanvraag altijd volledig extra op je factuur.");
    browser.click(By.cssSelector("#child-1 input[value='DAYCARE_FLEX']"));
    browser.click(By.cssSelector("#child-0 input[value='INVOICE']"));

    // l. 121: step 6, 'Toevoegen' and then 'Aanvraag indienen'
    browser.click(By.id("choose:add"));
    browser.waitFor(x -> x.findElements(By.cssSelector("#request li.preview-line")).size() == 2);
    assertThat(browser.textOf(By.id("request")))
        .contains("Abel", "Ada", "KDV flextegoed", "Op de factuur: €");
    assertThat(browser.find(By.id("request:submit")).getAttribute("value"))
        .isEqualTo("Aanvraag indienen");
    fitsTheScreen("l. 121: the request before it is sent");
    browser.click(By.id("request:submit"));

    // l. 123-125: only then it is sent, and is in the overview and in the agenda
    page("Aanvragenoverzicht", "l. 123: the overview");
    // l. 151-153: a request with a day on the invoice is reviewed by hand
    assertThat(browser.textOf(By.id("sent")))
        .startsWith("Je aanvraag is ingediend. Het Servicepunt beoordeelt");
    assertThat(browser.textOf(By.cssSelector("article.request")))
        .as("l. 147: the overview shows the request and its status")
        .contains("Wordt beoordeeld", "Abel", "Ada", "KDV flextegoed", "op de factuur", "13:00");

    String dayDetails = openInTheAgenda(day);
    assertThat(dayDetails).as("l. 123: in the agenda").contains("Abel", "Ada", "Wordt beoordeeld");
  }

  /** Afwezigheid doorgeven, l. 135-141. */
  @Test
  public void afwezigheidDoorgeven() {
    Scenario s = server.newScenario();
    LocalDate monday = next(DayOfWeek.MONDAY);
    logIn(s);

    browser.click(By.id("nav-agenda"));
    page("Agenda", "l. 139: the agenda");
    browser.click(By.id("report-absence"));
    page("Afwezigheid doorgeven", "l. 139: 'Afwezigheid doorgeven'");
    assertThat(browser.textOf(By.id("absence")))
        .as("l. 139-141: no (flexible) hours are given back")
        .contains("Je krijgt voor afwezigheid geen uren terug.");

    new Select(browser.find(By.id("absence:child"))).selectByVisibleText(s.childA1Name());
    browser.setValue(By.id("absence:from"), monday.toString());
    browser.click(By.cssSelector("input[name='absence:reason'][value='SICK']"));
    browser.click(By.id("absence:submit"));
    assertThat(browser.textOf(By.id("messages")))
        .as("l. 137: the child that is expected is reported absent")
        .isEqualTo("Abel is afgemeld voor " + longDay(monday) + ".");
    assertThat(openInTheAgenda(monday)).contains("Abel", "Afwezig gemeld (Ziek)");
  }

  /**
   * Annuleren van aangevraagde opvang, l. 157-167: a day paid with credit inside the window is
   * approved at once (l. 149-151), and cancelled from the agenda gives the hours back (l. 161).
   */
  @Test
  public void annulerenVanAangevraagdeOpvang() {
    Scenario s = server.newScenario();
    server.grant(s, s.childA1(), "DAYCARE_FLEX", "20");
    LocalDate day = next(DayOfWeek.WEDNESDAY);
    logIn(s);
    requestAMorningWithCredit(day);

    // l. 149-151: paid with credit and in time: approved at once
    page("Aanvragenoverzicht", "l. 149: the overview");
    assertThat(browser.textOf(By.id("sent")))
        .isEqualTo(
            "Je aanvraag is ingediend en direct goedgekeurd. Je ziet de opvang in de agenda.");
    assertThat(browser.textOf(By.cssSelector("article.request"))).contains("Goedgekeurd");

    // l. 163: step 1, in the agenda click the care: the request
    assertThat(openInTheAgenda(day)).contains("Abel", "Goedgekeurd");
    browser.click(By.cssSelector("#day-" + day + " a.open-request"));
    page("Aanvraag", "l. 163: the request");
    // l. 165-167: step 2 and 3, at the bottom the option to cancel
    assertThat(browser.find(By.cssSelector("#line-0 input.cancel")).getAttribute("value"))
        .isEqualTo("Aanvraag annuleren");
    browser.click(By.cssSelector("#line-0 input.cancel"));
    assertThat(browser.textOf(By.id("line-0")))
        .contains("Weet je het zeker? De opvang vervalt en de uren komen terug op je tegoed.");
    browser.click(By.cssSelector("#line-0 input.confirm-cancel"));
    assertThat(browser.textOf(By.id("messages")))
        .startsWith("De opvang van Abel op ")
        .endsWith(" is geannuleerd. De uren staan weer op je tegoed.");
    assertThat(browser.textOf(By.id("line-0"))).contains("geannuleerd");

    // l. 161: the credit is given back
    browser.click(By.id("nav-account"));
    browser.click(By.id("credits"));
    page("Tegoeden", "l. 161: the credit after cancelling");
    WebElement abel = creditsOf(s.childA1Name());
    assertThat(abel.getText()).contains("KDV flextegoed: 20 uur");
    abel.findElement(By.tagName("summary")).click();
    browser.waitFor(x -> abel.findElement(By.cssSelector("ul.history")).isDisplayed());
    assertThat(abel.findElement(By.cssSelector("ul.history")).getText())
        .contains("ingezet", "teruggestort");
  }

  /**
   * After the deadline a day can no longer be cancelled; the parent reports the child absent
   * instead, l. 169-173.
   */
  @Test
  public void annulerenNaDeTermijnKanNietMeer() {
    Scenario s = server.newScenario();
    server.grant(s, s.childA1(), "DAYCARE_FLEX", "20");
    // the service desk sets the deadline at ten days before: a day three to nine days ahead can be
    // asked for, but is past its deadline at once
    browser.asLaptop();
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.open(server.backoffice("settings.xhtml"));
    By daycare = By.xpath("//form[h3[normalize-space()='KDV']]");
    WebElement days =
        browser.find(
            By.xpath(
                "//form[h3[normalize-space()='KDV']]//input[contains(@id,'cancelDaysBefore')]"));
    days.clear();
    days.sendKeys("10");
    browser.find(daycare).findElement(By.cssSelector("button[id$=':save']")).click();
    browser.waitFor(x -> x.findElement(daycare).getText().contains("De instelling is opgeslagen."));
    // the setting was kept: the page opened again shows it
    browser.open(server.backoffice("settings.xhtml"));
    assertThat(
            browser
                .find(
                    By.xpath(
                        "//form[h3[normalize-space()='KDV']]//input[contains(@id,'cancelDaysBefore')]"))
                .getAttribute("value"))
        .as("the deadline kept")
        .isEqualTo("10");
    browser.deleteCookies();
    browser.asOriginalSize();

    LocalDate day = next(DayOfWeek.WEDNESDAY);
    logIn(s);
    requestAMorningWithCredit(day);
    page("Aanvragenoverzicht", "l. 169: the overview");

    openInTheAgenda(day);
    browser.click(By.cssSelector("#day-" + day + " a.open-request"));
    page("Aanvraag", "l. 169: the request after its deadline");
    assertThat(browser.driver().findElements(By.cssSelector("#line-0 input.cancel")))
        .as("l. 169: after the deadline the care can no longer be cancelled")
        .isEmpty();
    assertThat(browser.textOf(By.id("line-0")))
        .as("l. 171-173: the credit is spent; report the child absent instead")
        .contains("Annuleren kon tot", "Meld het dan afwezig; de uren krijg je niet terug.");

    // l. 173: 'afwezigheid doorgeven' for that day
    browser.click(By.id("nav-agenda"));
    browser.click(By.id("report-absence"));
    page("Afwezigheid doorgeven", "l. 173: 'afwezigheid doorgeven'");
    new Select(browser.find(By.id("absence:child"))).selectByVisibleText(s.childA1Name());
    browser.setValue(By.id("absence:from"), day.toString());
    browser.click(By.cssSelector("input[name='absence:reason'][value='SICK']"));
    browser.click(By.id("absence:submit"));
    assertThat(browser.textOf(By.id("messages")))
        .as("l. 173: the requested day is reported absent")
        .isEqualTo("Abel is afgemeld voor " + longDay(day) + ".");
  }

  /** Locatie, l. 174-180. */
  @Test
  public void locatie() throws Exception {
    Scenario s = server.newScenario();
    String title = "Nieuwsbrief juni " + s.token();
    Path file =
        Files.write(
            files.resolve("Nieuwsbrief juni.pdf"),
            NewsPdfs.newsletter(title, "Het programma van juni"));
    browser.asLaptop();
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-news"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuws"));
    new Select(browser.find(By.id("news:location"))).selectByVisibleText("KDV " + s.token());
    browser.type(By.id("news:title"), title);
    browser.type(By.id("news:text"), "In juni gaan we naar de kinderboerderij.");
    browser.find(By.id("news:file")).sendKeys(file.toString());
    browser.click(By.id("news:publish"));
    assertThat(browser.textOf(By.id("messages"))).contains("Het bericht staat in het portaal");
    browser.deleteCookies();
    browser.asOriginalSize();

    logIn(s);
    browser.click(By.id("nav-location"));
    page("Locatie", "l. 176: the news and newsletters under 'Locatie'");
    assertThat(browser.textOf(By.cssSelector("#news article.news:first-of-type")))
        .contains(title, "Nieuw", "Nieuwsbrief downloaden (PDF)");

    // l. 176-180: a notification or e-mail of new news, set under 'Account'
    browser.click(By.id("settings"));
    page("Notificaties", "l. 178: the settings of the notifications");
    assertThat(browser.textOf(By.id("notifications")))
        .contains("Nieuws en nieuwsbrieven van de locatie", "In het portaal", "Per e-mail");
    browser.click(By.id("nav-account"));
    assertThat(browser.textOf(By.id("notifications"))).isEqualTo("Notificaties");
  }

  /** Account, l. 184-200. */
  @Test
  public void account() {
    Scenario s = server.newScenario();
    logIn(s);

    browser.click(By.id("nav-account"));
    page("Account", "l. 186: Account");
    assertThat(browser.pageText())
        .as("l. 186: the own name and the names of the children")
        .contains(s.parentAName(), s.childA1Name(), s.childA2Name());

    // l. 190-194: the own name shows the own details, to change; and 'wachtwoord wijzigen'
    browser.click(By.id("my-name"));
    page("Persoonlijke gegevens", "l. 190: the own details");
    assertThat(browser.textOf(By.id("details"))).contains("Je gegevens");
    assertThat(browser.textOf(By.id("password"))).contains("Wachtwoord wijzigen");
    browser.type(By.id("details:phone"), "06 1234 5678");
    browser.click(By.id("details:save"));
    assertThat(browser.textOf(By.id("messages")))
        .as("l. 192: the parent changes their own details")
        .isEqualTo("Je gegevens zijn opgeslagen.");
    assertThat(browser.find(By.id("details:phone")).getDomProperty("value"))
        .isEqualTo("06 1234 5678");

    // l. 198-200: the name of a child shows its details and the consents given
    browser.click(By.id("nav-account"));
    browser.click(By.linkText(s.childA1Name()));
    page("Abel", "l. 198: the child's details");
    assertThat(browser.pageText())
        .contains("Geboortedatum", s.groupXName(), "Toestemmingen")
        .contains("Foto's van mijn kind in mijn eigen portaal");
    browser.click(By.cssSelector("input.consent-PHOTOS_IN_PORTAL"));
    browser.click(By.id("consents:save"));
    assertThat(browser.textOf(By.id("messages"))).isEqualTo("Je toestemmingen zijn opgeslagen.");
    assertThat(browser.textOf(By.id("consent-history")))
        .as("l. 200: the consents given")
        .contains("gegeven", "door Anna");
  }

  /**
   * The functions under Account, l. 204-256: Tegoeden, Notificaties, Facturen, Documenten en
   * jaaropgaven, Stel een vraag, Over dit portaal, and logging out at the very bottom.
   */
  @Test
  public void deFunctiesOnderAccount() {
    InvoicedScenario invoiced = server.invoicedScenario();
    Scenario s = invoiced.scenario();
    server.grant(s, s.childA1(), "DAYCARE_FLEX", "12");
    logIn(s);
    browser.click(By.id("nav-account"));
    page("Account", "l. 204: the functions");
    assertThat(browser.textOf(By.cssSelector("nav.menu[aria-label='Functies']")))
        .contains(
            "Tegoeden",
            "Facturen",
            "Documenten en jaaropgaven",
            "Aanvragenoverzicht",
            "Notificaties",
            "Stel een vraag",
            "Over dit portaal");

    // l. 210-228: the credits in hours; clicking one shows when it was used
    browser.click(By.id("credits"));
    page("Tegoeden", "l. 210: Tegoeden");
    WebElement abel = creditsOf(s.childA1Name());
    assertThat(abel.getText()).contains("KDV flextegoed: 12 uur", "geldig t/m 31 december");
    assertThat(creditsOf(s.childA2Name()).getText()).contains("Geen tegoeden.");
    abel.findElement(By.tagName("summary")).click();
    browser.waitFor(x -> abel.findElement(By.cssSelector("ul.history")).isDisplayed());
    assertThat(abel.findElement(By.cssSelector("ul.history")).getText())
        .as("l. 226: the details of the credit")
        .contains("KDV flextegoed", "+12", "toegekend");

    // l. 234: the own notifications
    browser.click(By.id("nav-account"));
    browser.click(By.id("notifications"));
    page("Notificaties", "l. 234: Notificaties");
    browser.click(By.cssSelector(".channel-NEWS input[value='EMAIL']"));
    browser.click(By.id("notifications:save"));
    assertThat(browser.textOf(By.id("messages"))).isEqualTo("Je keuzes zijn opgeslagen.");
    assertThat(browser.find(By.cssSelector(".channel-NEWS input[value='EMAIL']")).isSelected())
        .isTrue();

    // l. 240: the invoices, to download
    browser.click(By.id("nav-account"));
    browser.click(By.id("invoices"));
    page("Facturen", "l. 240: Facturen");
    assertThat(browser.textOf(By.cssSelector("[id^='invoice-']"))).contains("Factuur");
    download(browser.find(By.cssSelector("a.download")), "l. 240: the invoice");

    // l. 244: annual statements and contracts
    browser.click(By.id("nav-account"));
    browser.click(By.id("documents"));
    page("Documenten en jaaropgaven", "l. 244: Documenten en jaaropgaven");
    assertThat(browser.pageText()).contains("jaaropgave", "Contracten");
    List<WebElement> contracts = browser.driver().findElements(By.cssSelector("li.contract"));
    assertThat(contracts)
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains(s.childA1Name()))
        .anySatisfy(text -> assertThat(text).contains(s.childA2Name()));
    download(contracts.get(0).findElement(By.cssSelector("a.download")), "l. 244: a contract");

    // l. 248-250: a question to the service desk, also for a structural change of the contract
    browser.click(By.id("nav-account"));
    browser.click(By.id("questions"));
    page("Stel een vraag", "l. 248: Stel een vraag");
    new Select(browser.find(By.id("ask:topic"))).selectByVisibleText("Wijziging van mijn contract");
    new Select(browser.find(By.id("ask:child"))).selectByVisibleText(s.childA1Name());
    browser.type(By.id("ask:subject"), "Abel ook op dinsdag " + s.token());
    browser.type(By.id("ask:text"), "Kan Abel vanaf volgende maand ook op dinsdag komen?");
    browser.click(By.id("ask:send"));
    page("Vraag", "l. 248: the question sent");
    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo(
            "Je vraag is verstuurd naar het Servicepunt. Je krijgt bericht als er een antwoord is.");

    // l. 254: technical information about the portal
    browser.click(By.id("nav-account"));
    browser.click(By.id("about"));
    page("Over dit portaal", "l. 254: Over dit portaal");
    assertThat(browser.pageText())
        .contains(
            "Het portaal werkt in de nieuwste versies van Chrome, Safari, Firefox en Edge, op je"
                + " telefoon en op je computer.");

    // l. 256: at the very bottom, logging out
    browser.click(By.id("nav-account"));
    page("Account", "l. 256: Account");
    WebElement logout = browser.find(By.id("logout:logout-button"));
    assertThat(logout.getAttribute("value")).isEqualTo("Uitloggen");
    assertThat(logout.getRect().getY())
        .as("l. 256: logging out is below all functions")
        .isGreaterThan(browser.find(By.id("about")).getRect().getY());
    browser.click(By.id("logout:logout-button"));
    browser.waitFor(x -> x.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.pageText()).contains("Je bent uitgelogd.");
  }

  private void logIn(Scenario s) {
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    fitsTheScreen("l. 45: Mijn kind");
  }

  /** Requests a morning for Abel paid with his KDV credit, from the agenda, l. 101-121. */
  private static void requestAMorningWithCredit(LocalDate day) {
    browser.click(By.id("nav-agenda"));
    browser.click(By.id("request-day"));
    page("Dag aanvragen", "l. 101: Dag aanvragen");
    browser.setValue(By.id("day:date"), day.toString());
    browser.click(By.id("day:show"));
    browser.click(By.cssSelector("#child-1 input[value='MORNING']"));
    browser.click(By.cssSelector("#child-1 input[value='DAYCARE_FLEX']"));
    browser.click(By.id("choose:add"));
    browser.waitFor(x -> x.findElements(By.cssSelector("#request li.preview-line")).size() == 1);
    assertThat(browser.textOf(By.id("request"))).contains("Direct goedgekeurd");
    browser.click(By.id("request:submit"));
  }

  /** Opens the agenda at the day's month and clicks the day: the day's details. */
  private static String openInTheAgenda(LocalDate day) {
    browser.click(By.id("nav-agenda"));
    page("Agenda", "the agenda");
    if (!YearMonth.from(day).equals(YearMonth.now(Clocks.ZONE))) {
      browser.click(By.cssSelector("a[aria-label='Volgende maand']"));
    }
    browser.click(By.cssSelector("a[data-day='" + day + "']"));
    String details = browser.textOf(By.id("day-" + day));
    fitsTheScreen("the agenda with the day's details");
    return details;
  }

  /** Waits for the page with this title, and sees that it fits the phone's screen. */
  private static void page(String title, String step) {
    browser.waitFor(d -> d.getTitle().startsWith(title));
    fitsTheScreen(step);
  }

  private static void fitsTheScreen(String step) {
    assertThat(browser.fitsTheScreen()).as(step + ": no sideways scrolling on a phone").isTrue();
  }

  private static void download(WebElement link, String step) {
    HttpResponse<byte[]> pdf =
        Server.getBytes(link.getAttribute("href"), "Cookie", browser.sessionCookie());
    assertThat(pdf.statusCode()).as(step).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).as(step).isEqualTo("%PDF-");
  }

  /** One child's card on the page Tegoeden. */
  private static WebElement creditsOf(String childName) {
    return browser.waitFor(
        d ->
            d.findElements(By.cssSelector("section.credits")).stream()
                .filter(c -> c.findElement(By.tagName("h2")).getText().equals(childName))
                .findFirst()
                .orElse(null));
  }

  private static String longDay(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH));
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
