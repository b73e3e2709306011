package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import nl.ouderportaal.systemtest.support.TestPhotos;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A group worker writes in a baby's diary in the back-office, with a photo: the entry appears below
 * the form with its thumbnail; a file that is not a photo, or an empty one, refuses the whole
 * entry, in Dutch, next to the photo field. In the scenario, A1 (8 months) and B1 (2 years) are in
 * staff X's group.
 */
@ExtendWith(ArquillianExtension.class)
public class StaffDiaryBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(StaffDiaryBrowserIT.class);
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
  public void aGroupWorkerWritesADiaryEntryWithAPhoto() throws IOException {
    Scenario s = server.newScenario();
    Path photo = TestPhotos.jpegFile(files.resolve("fruithapje.jpg"));
    String text = "Abel heeft met de blokken gespeeld en veel gelachen. " + s.token();

    openTheDiaryOfA1(s);
    browser.type(By.id("entry:text"), text);
    browser.type(By.id("entry:eating"), "Een fruithapje en een fles");
    browser.click(By.xpath("//form[@id='entry']//label[normalize-space()='vrolijk']"));
    browser.find(By.id("entry:photos")).sendKeys(photo.toString());
    browser.click(By.id("entry:save"));

    assertThat(browser.textOf(By.id("messages")))
        .contains("Het bericht staat in het dagboek van Abel.");
    By entry = By.cssSelector("#entries .entry");
    String saved = browser.textOf(entry);
    assertThat(saved).contains(text, "Een fruithapje en een fles", "vrolijk", "Xandra");
    assertThat(browser.find(By.id("entry:text")).getDomProperty("value")).isEmpty();

    WebElement thumbnail = browser.find(By.cssSelector("#entries .entry img.thumb"));
    assertThat(thumbnail.getDomAttribute("alt")).contains("Abel");
    browser.waitFor(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                        thumbnail));
    String src = thumbnail.getAttribute("src");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<String> file = Server.get(src, "Cookie", "JSESSIONID=" + session.getValue());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
    assertThat(Server.get(src).headers().firstValue("Content-Type").orElse(""))
        .as("the photo is not served without a login")
        .doesNotStartWith("image/");

    theParentSeesTheEntryAndThePhotoOnceAllowed(s, text);
  }

  /**
   * Parent A, on a phone, sees the entry on 'Mijn kind' at once; the photo only after allowing
   * photos of Abel in the portal.
   */
  private void theParentSeesTheEntryAndThePhotoOnceAllowed(Scenario s, String text) {
    browser.deleteCookies();
    browser.asPhone();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    assertThat(browser.textOf(By.cssSelector(".latest-diary"))).contains(text, "Xandra");
    assertThat(browser.driver().findElements(By.cssSelector(".latest-photos img")))
        .as("no photo without the parent's consent")
        .isEmpty();

    browser.click(By.id("nav-account"));
    browser.click(By.xpath("//a[contains(@class,'child-link')][contains(., 'Abel')]"));
    browser.click(By.cssSelector("input.consent-PHOTOS_IN_PORTAL"));
    browser.click(By.id("consents:save"));
    assertThat(browser.textOf(By.id("messages"))).isEqualTo("Je toestemmingen zijn opgeslagen.");

    browser.click(By.id("nav-my-child"));
    browser.waitForImage(By.cssSelector(".latest-photos img"));
    browser.waitForImage(By.cssSelector(".latest-diary .photo-grid img"));
  }

  @Test
  public void aTextFileNamedAsAPhotoIsRefusedAndNothingIsSaved() throws IOException {
    Scenario s = server.newScenario();
    Path notAPhoto =
        Files.writeString(
            files.resolve("photo.jpg"), "Dit is een boodschappenlijst.", StandardCharsets.UTF_8);
    String text = "Vandaag naar de kinderboerderij. " + s.token();

    openTheDiaryOfA1(s);
    browser.type(By.id("entry:text"), text);
    browser.find(By.id("entry:photos")).sendKeys(notAPhoto.toString());
    browser.click(By.id("entry:save"));

    assertThat(browser.textOf(By.id("entry:photosMessage")))
        .contains("Dit bestand is geen foto. Kies een foto in JPEG, PNG of WebP.");
    assertThat(browser.textOf(By.id("messages"))).contains("Er is niets opgeslagen.");
    assertThat(browser.find(By.id("entry:text")).getDomProperty("value")).isEqualTo(text);
    assertThat(browser.textOf(By.id("entries")))
        .contains("Er staat nog niets in het dagboek.")
        .doesNotContain(text);
  }

  @Test
  public void anEmptyFileIsRefusedAndNothingIsSaved() throws IOException {
    Scenario s = server.newScenario();
    Path empty = Files.write(files.resolve("leeg.jpg"), new byte[0]);
    String text = "Abel heeft geschilderd. " + s.token();

    openTheDiaryOfA1(s);
    browser.type(By.id("entry:text"), text);
    browser.find(By.id("entry:photos")).sendKeys(empty.toString());
    browser.click(By.id("entry:save"));

    assertThat(browser.textOf(By.id("entry:photosMessage")))
        .contains("Dit bestand is leeg (0 bytes). Kies de foto opnieuw.");
    assertThat(browser.find(By.id("entry:text")).getDomProperty("value")).isEqualTo(text);
    assertThat(browser.textOf(By.id("entries")))
        .contains("Er staat nog niets in het dagboek.")
        .doesNotContain(text);
  }

  /** Logs in as staff X, opens Dagboek, sees B1 listed as too old for the diary, and picks A1. */
  private void openTheDiaryOfA1(Scenario s) {
    browser.open(server.backoffice(""));
    browser.type(By.id("email"), s.staffXEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));

    browser.click(By.id("nav-diary"));
    browser.waitFor(d -> d.getTitle().startsWith("Dagboek"));
    String b1 = browser.textOf(By.cssSelector("[data-child='" + s.childB1() + "']"));
    assertThat(b1).contains(s.childB1Name(), "geen dagboek meer");
    assertThat(browser.driver().findElements(By.cssSelector("a[data-child='" + s.childB1() + "']")))
        .isEmpty();

    browser.click(By.cssSelector("a[data-child='" + s.childA1() + "']"));
    browser.waitFor(d -> d.getCurrentUrl().contains("child=" + s.childA1()));
    assertThat(browser.textOf(By.id("diary-of"))).isEqualTo("Dagboek van Abel");
  }
}
