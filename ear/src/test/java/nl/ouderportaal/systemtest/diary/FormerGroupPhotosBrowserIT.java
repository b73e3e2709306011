package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.GroupPhotosScenario;
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
 * A parent whose child's care ended ten days ago, in the weeks they can still download: the album
 * of the child's former group still shows the photo of a day the child was there, full size and to
 * download.
 */
@ExtendWith(ArquillianExtension.class)
public class FormerGroupPhotosBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FormerGroupPhotosBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void afterCareTheParentStillOpensAndDownloadsThePhotoOfTheFormerGroup() {
    GroupPhotosScenario g = server.formerGroupPhotosScenario();
    String albumName = "Zandbak " + g.scenario().token();
    browser.open(server.portal(""));
    browser.logIn(g.familyC().parentEmail(), "Mijn kind");

    browser.click(By.id("albums-button"));
    browser.waitFor(x -> x.getTitle().startsWith("Fotoalbums"));
    By album = By.xpath("//a[contains(@class,'album-card')][contains(., '" + albumName + "')]");
    assertThat(browser.textOf(album)).contains("1 foto", g.scenario().groupXName());
    assertThat(browser.driver().getPageSource()).doesNotContain("Verfhoek " + g.scenario().token());
    browser.click(album);
    browser.waitFor(x -> x.getTitle().startsWith(albumName));
    browser.waitForImage(By.cssSelector("#album img"));
    browser.click(By.cssSelector("#album a.thumb"));
    browser.waitForImage(By.cssSelector(".lightbox:target img"));

    String href = browser.find(By.cssSelector(".lightbox:target a.download")).getAttribute("href");
    HttpResponse<byte[]> photo = Server.getBytes(href, "Cookie", browser.sessionCookie());
    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
  }
}
