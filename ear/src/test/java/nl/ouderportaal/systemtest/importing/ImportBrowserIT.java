package nl.ouderportaal.systemtest.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.ImportFiles;
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
 * The service desk moves its organisation in on the Taken page: chooses the old system's files,
 * sees the check list the problem with its file, line and column, and imports the families without
 * problems.
 */
@ExtendWith(ArquillianExtension.class)
public class ImportBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ImportBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void theDeskChecksFilesWithAProblemSeesItListedAndImportsTheOtherFamilies()
      throws IOException {
    Scenario s = server.newScenario();
    ImportFiles files = new ImportFiles(s.token()).replace("gezinnen.csv", "karin-", "karin@");
    List<String> paths = new ArrayList<>();
    Path folder = Files.createTempDirectory("import");
    for (String name :
        List.of(
            "locaties.csv",
            "groepen.csv",
            "gezinnen.csv",
            "kinderen.csv",
            "contracten.csv",
            "plaatsingen.csv")) {
      Path file = folder.resolve(name);
      Files.writeString(file, files.text(name), StandardCharsets.UTF_8);
      paths.add(file.toString());
    }

    browser.open(server.backoffice("login.xhtml"));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.click(By.id("nav-jobs"));
    browser.waitFor(d -> d.getTitle().startsWith("Taken"));
    browser.find(By.id("importForm:files")).sendKeys(String.join("\n", paths));
    browser.click(By.id("importForm:check"));

    browser.waitFor(d -> d.findElement(By.id("import-status")).getText().equals("gecontroleerd"));
    assertThat(browser.textOf(By.id("import-counts")))
        .contains("3 gezinnen, waarvan 2 zonder problemen");
    String problems = browser.textOf(By.id("import:problems"));
    assertThat(problems).contains("gezinnen.csv", "3", "ouder1_email", "karin@");

    browser.click(By.id("import:importClean"));
    By yes = By.cssSelector(".ui-confirmdialog-yes");
    browser.waitFor(d -> d.findElement(yes).isDisplayed());
    browser.click(yes);
    browser.waitFor(d -> d.findElement(By.id("import-status")).getText().equals("geïmporteerd"));
    assertThat(browser.textOf(By.id("import-imported"))).startsWith("2 gezinnen");

    browser.click(By.id("nav-families"));
    browser.type(By.id("families:table:globalFilter"), files.token());
    browser.waitFor(d -> d.findElement(By.id("families:table")).getText().contains("Zeeman"));
    assertThat(browser.textOf(By.id("families:table")))
        .contains("Zeeman " + files.token(), "Bakker " + files.token())
        .doesNotContain("Visser " + files.token());
  }
}
