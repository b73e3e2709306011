package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.DiaryScenario;
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
 * A group worker opens 'Foto's' in the back-office: the albums of their groups (a page of them,
 * from the boundary) with their photo counts; one album opened shows its photos, and it can be
 * chosen to add more photos to.
 */
@ExtendWith(ArquillianExtension.class)
public class GroupPhotosBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(GroupPhotosBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void aGroupWorkerSeesTheAlbumsOfTheGroupAndOpensOne() {
    DiaryScenario d = server.diaryScenario();
    Scenario s = d.scenario();

    browser.open(server.backoffice(""));
    browser.type(By.id("email"), s.staffXEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(t -> t.getTitle().startsWith("Overzicht"));
    browser.click(By.id("nav-photos"));
    browser.waitFor(t -> t.getTitle().startsWith("Foto's"));

    By card = By.xpath("//a[contains(@class,'album-card')][contains(., '" + d.albumName() + "')]");
    assertThat(browser.textOf(card)).contains(d.albumName(), s.groupXName(), "1 foto");
    assertThat(browser.find(By.id("upload:album_input")).getAttribute("textContent"))
        .as("the album can be chosen to add photos to")
        .contains(d.albumName());

    browser.click(card);

    browser.waitFor(t -> t.getCurrentUrl().contains("album="));
    assertThat(browser.textOf(By.id("album-title"))).isEqualTo(d.albumName());
    assertThat(browser.driver().findElements(By.cssSelector("#album img.thumb"))).hasSize(1);
    assertThat(browser.find(card).getAttribute("class")).contains("active");
  }
}
