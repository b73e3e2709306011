package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The first start of a new installation, as its administrator sees it: the server has no
 * organisation, so its log shows a link for one use; with it, the first service desk employee names
 * the organisation, chooses a password and logs in to the back-office; after that the link works no
 * more. The first class of the run (junit-platform.properties orders the classes), as it needs the
 * empty database of a new installation; on a database kept from an earlier run it has nothing to
 * test and says so.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
public class FirstRunBrowserIT {

  private static final Pattern LINK =
      Pattern.compile("/backoffice/setup\\.xhtml\\?token=([\\w-]+)");

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FirstRunBrowserIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void theLinkInTheLogSetsUpTheOrganisationAndItsFirstServiceDeskEmployeeOnce()
      throws IOException {
    Server server = new Server(deployment);
    String token = setupTokenFromTheLog();
    browser.deleteCookies();
    browser.open(server.backoffice("setup.xhtml?token=" + token));
    assumeTrue(
        !browser.pageText().contains("werkt niet meer"),
        "the database was not empty: the installation was set up in an earlier run");
    browser.waitFor(d -> d.getTitle().startsWith("Ouderportaal instellen"));

    browser.type(By.id("setup:organisationName"), "Kinderopvang Het Klaverblad");
    browser.type(By.id("setup:serviceDeskEmail"), "servicepunt@klaverblad.example");
    browser.type(By.id("setup:serviceDeskPhone"), "030 765 43 21");
    browser.type(By.id("setup:firstName"), "Ingrid");
    browser.type(By.id("setup:lastName"), "de Boer");
    browser.type(By.id("setup:email"), "Ingrid.deBoer@klaverblad.example");
    browser.type(By.id("setup:password"), "kort");
    browser.click(By.id("setup:submit"));
    // a weak password is refused on its field, and nothing is stored: the link still works
    assertThat(browser.textOf(By.cssSelector("[id='setup:password'] ~ .field-error"))).isNotBlank();
    assertThat(browser.find(By.id("setup:organisationName")).getAttribute("value"))
        .isEqualTo("Kinderopvang Het Klaverblad");

    browser.type(By.id("setup:password"), "Klaver met vier blaadjes 7");
    browser.click(By.id("setup:submit"));
    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.pageText()).contains("ingesteld");
    assertThat(browser.find(By.id("email")).getAttribute("value"))
        .isEqualTo("Ingrid.deBoer@klaverblad.example");
    browser.type(By.id("password"), "Klaver met vier blaadjes 7");
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("login.xhtml"));
    // the new service desk employee can go on with the locations of the organisation
    browser.click(By.id("nav-locations"));
    browser.waitFor(d -> d.getTitle().startsWith("Locaties"));

    browser.deleteCookies();
    browser.open(server.backoffice("setup.xhtml?token=" + token));
    assertThat(browser.pageText()).contains("werkt niet meer");
    assertThat(browser.driver().findElements(By.id("setup"))).isEmpty();
  }

  /** The link the server logged at its start, as the administrator reads it. */
  private static String setupTokenFromTheLog() throws IOException {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    String token = null;
    for (String line : lines) {
      Matcher link = LINK.matcher(line);
      if (link.find()) {
        token = link.group(1);
      }
    }
    assumeTrue(
        token != null, "the server logged no setup link: its database had an organisation already");
    return token;
  }
}
