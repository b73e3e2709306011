package nl.ouderportaal.systemtest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The service desk writes a newsletter in the back-office on a laptop, and is told in Dutch what is
 * missing next to the field; then a parent of the location finds it under 'Locatie' on a phone,
 * marked new, opens it and downloads the PDF, which a parent of another organisation cannot.
 */
@ExtendWith(ArquillianExtension.class)
public class NewsBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(NewsBrowserIT.class);
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

  @Test
  public void theServiceDeskPostsANewsletterAndAParentReadsAndDownloadsItOnAPhone()
      throws Exception {
    Scenario s = server.newScenario();
    String kdv = "KDV " + s.token();
    String title = "Nieuwsbrief juni " + s.token();
    byte[] pdf = NewsPdfs.newsletter(title, "Het programma van juni");
    Path file = Files.write(files.resolve("Nieuwsbrief juni.pdf"), pdf);

    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-news"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuws"));
    browser.click(By.id("news:publish"));
    assertThat(browser.textOf(By.id("news:locationMessage")))
        .contains("Kies voor wie het bericht is: een locatie of alle locaties.");
    new Select(browser.find(By.id("news:location"))).selectByVisibleText(kdv);
    browser.click(By.id("news:publish"));
    assertThat(browser.textOf(By.id("news:titleMessage"))).contains("Vul een titel in.");

    browser.type(By.id("news:title"), title);
    browser.type(By.id("news:text"), "In juni gaan we naar de kinderboerderij.\nNeem laarzen mee!");
    browser.find(By.id("news:file")).sendKeys(file.toString());
    browser.click(By.id("news:publish"));

    assertThat(browser.textOf(By.id("messages")))
        .contains("Het bericht staat in het portaal voor 2 ouders.");
    assertThat(browser.textOf(By.id("list:table")))
        .contains(title, kdv, "nieuwsbrief-juni.pdf", "Te zien voor ouders");

    browser.deleteCookies();
    browser.asPhone();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    assertThat(browser.textOf(By.cssSelector("#news-badge [aria-hidden]"))).isEqualTo("1");
    browser.click(By.id("nav-location"));
    browser.waitFor(d -> d.getTitle().startsWith("Locatie"));
    By card = By.cssSelector("#news article.news:first-of-type");
    assertThat(browser.textOf(By.cssSelector("#news article.news:first-of-type .status-new")))
        .isEqualTo("Nieuw");
    assertThat(browser.textOf(card))
        .contains(
            title,
            kdv,
            "In juni gaan we naar de kinderboerderij. Neem laarzen mee!",
            "Nieuwsbrief downloaden (PDF)");
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser.driver())
                    .executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth;"))
        .as("no sideways scrolling on a phone")
        .isTrue();

    browser.click(By.cssSelector("#news article.news:first-of-type a.news-title"));
    browser.waitFor(d -> d.getTitle().startsWith(title));
    assertThat(browser.textOf(By.id("news-item")))
        .contains(kdv, "In juni gaan we naar de kinderboerderij.", "Neem laarzen mee!");
    String href = browser.find(By.id("newsletter")).getAttribute("href");
    HttpResponse<byte[]> download = Server.getBytes(href, "Cookie", browser.sessionCookie());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "nieuwsbrief-juni.pdf");
    assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
    assertThat(download.body()).isEqualTo(pdf);

    browser.click(By.id("back"));
    browser.waitFor(d -> d.getTitle().startsWith("Locatie"));
    assertThat(browser.driver().findElements(By.cssSelector("#news .status-new")))
        .as("opened, so no longer new")
        .isEmpty();
    assertThat(browser.driver().findElements(By.id("news-badge"))).isEmpty();

    Scenario other = server.newScenario();
    String stranger = server.portalSession(other.parentAEmail());
    assertThat(Server.getBytes(href, "Cookie", stranger).statusCode()).isEqualTo(404);
  }

  @Test
  public void aNewsletterForAllLocationsIsDownloadedFromLocatieAndFromTheItem() throws Exception {
    Scenario s = server.newScenario();
    String title = "Nieuwsbrief zomer " + s.token();
    byte[] pdf = NewsPdfs.newsletter(title, "De zomer op alle locaties");
    Path file = Files.write(files.resolve("Nieuwsbrief zomer.pdf"), pdf);

    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-news"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuws"));
    new Select(browser.find(By.id("news:location"))).selectByVisibleText("Alle locaties");
    browser.type(By.id("news:title"), title);
    browser.find(By.id("news:file")).sendKeys(file.toString());
    browser.click(By.id("news:publish"));
    assertThat(browser.textOf(By.id("messages")))
        .contains("Het bericht staat in het portaal voor 2 ouders.");

    browser.deleteCookies();
    browser.asPhone();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-location"));
    browser.waitFor(d -> d.getTitle().startsWith("Locatie"));
    By card = By.cssSelector("#news article.news:first-of-type");
    assertThat(browser.textOf(card)).contains(title, "Alle locaties");
    String fromList =
        browser
            .find(By.cssSelector("#news article.news:first-of-type a.newsletter"))
            .getAttribute("href");
    assertDownloaded(fromList, pdf);

    browser.click(By.cssSelector("#news article.news:first-of-type a.news-title"));
    browser.waitFor(d -> d.getTitle().startsWith(title));
    String fromItem = browser.find(By.id("newsletter")).getAttribute("href");
    assertDownloaded(fromItem, pdf);

    Scenario other = server.newScenario();
    String stranger = server.portalSession(other.parentAEmail());
    assertThat(Server.getBytes(fromItem, "Cookie", stranger).statusCode())
        .as("another organisation's parent")
        .isEqualTo(404);
  }

  @Test
  public void onlyAnItemWithANewsletterOffersItsDownload() throws Exception {
    Scenario s = server.newScenario();
    String plain = "Studiedag " + s.token();
    String withLetter = "Nieuwsbrief zomer " + s.token();
    byte[] pdf = NewsPdfs.newsletter(withLetter, "De zomer op alle locaties");
    Path file = Files.write(files.resolve("Nieuwsbrief zomer.pdf"), pdf);

    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    publishForAllLocations(plain, "Op vrijdag 3 juli zijn alle locaties dicht.", null);
    publishForAllLocations(withLetter, null, file);

    browser.deleteCookies();
    browser.asPhone();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-location"));
    browser.waitFor(d -> d.getTitle().startsWith("Locatie"));
    By plainCard = By.xpath("//article[contains(@class,'news')][contains(., '" + plain + "')]");
    By letterCard =
        By.xpath("//article[contains(@class,'news')][contains(., '" + withLetter + "')]");
    assertThat(browser.textOf(plainCard))
        .contains("Op vrijdag 3 juli zijn alle locaties dicht.")
        .doesNotContain("Nieuwsbrief downloaden");
    assertThat(browser.find(plainCard).findElements(By.cssSelector("a.newsletter"))).isEmpty();
    assertDownloaded(
        browser.find(letterCard).findElement(By.cssSelector("a.newsletter")).getAttribute("href"),
        pdf);

    browser.find(plainCard).findElement(By.cssSelector("a.news-title")).click();
    browser.waitFor(d -> d.getTitle().startsWith(plain));
    assertThat(browser.textOf(By.id("news-item"))).contains("alle locaties dicht");
    assertThat(browser.driver().findElements(By.id("newsletter"))).isEmpty();
    assertThat(browser.pageText()).doesNotContain("Nieuwsbrief downloaden");
  }

  @Test
  public void anEmptyNewsletterIsRefusedAndNothingIsPublished() throws Exception {
    Scenario s = server.newScenario();
    String title = "Nieuwsbrief herfst " + s.token();
    Path empty = Files.write(files.resolve("Nieuwsbrief herfst.pdf"), new byte[0]);

    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-news"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuws"));
    new Select(browser.find(By.id("news:location"))).selectByVisibleText("Alle locaties");
    browser.type(By.id("news:title"), title);
    browser.find(By.id("news:file")).sendKeys(empty.toString());
    browser.click(By.id("news:publish"));

    assertThat(browser.textOf(By.id("news:fileMessage")))
        .contains("Kies een bestand. Een leeg bestand kan niet.");
    assertThat(browser.textOf(By.id("messages"))).contains("Er is niets geplaatst.");
    assertThat(browser.find(By.id("news:title")).getDomProperty("value")).isEqualTo(title);
    assertThat(browser.textOf(By.id("list:table"))).doesNotContain(title);
  }

  private void publishForAllLocations(String title, String text, Path newsletter) {
    browser.click(By.id("nav-news"));
    browser.waitFor(d -> d.getTitle().startsWith("Nieuws"));
    new Select(browser.find(By.id("news:location"))).selectByVisibleText("Alle locaties");
    browser.type(By.id("news:title"), title);
    if (text != null) {
      browser.type(By.id("news:text"), text);
    }
    if (newsletter != null) {
      browser.find(By.id("news:file")).sendKeys(newsletter.toString());
    }
    browser.click(By.id("news:publish"));
    assertThat(browser.textOf(By.id("messages")))
        .contains("Het bericht staat in het portaal voor 2 ouders.");
  }

  private void assertDownloaded(String href, byte[] pdf) {
    HttpResponse<byte[]> download = Server.getBytes(href, "Cookie", browser.sessionCookie());
    assertThat(download.statusCode()).as(href).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "nieuwsbrief-zomer.pdf");
    assertThat(download.body()).isEqualTo(pdf);
  }
}
