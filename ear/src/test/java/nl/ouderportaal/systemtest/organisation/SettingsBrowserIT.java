package nl.ouderportaal.systemtest.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The service desk's settings page keeps what is saved in each of its repeated forms (one per care
 * type, one set per location): a change of the second form is there when the page is opened again,
 * and the first form keeps its own values. (The forms were repeated with ui:repeat, and a save
 * stored nothing while the page said it had.)
 */
@ExtendWith(ArquillianExtension.class)
public class SettingsBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(SettingsBrowserIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void whatTheDeskSavesIsKept() {
    Server server = new Server(deployment);
    Scenario s = server.newScenario();
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    browser.open(server.backoffice("settings.xhtml"));

    // the second care type's cancel deadline, and the first location's opening time
    save(By.id("care-1:cancelDaysBefore"), "5", By.id("care-1:save"), By.id("care-1"));
    save(By.id("hours-0:opensAt"), "07:15", By.id("hours-0:save"), By.id("hours-0"));

    browser.open(server.backoffice("settings.xhtml"));
    assertThat(valueOf("care-1:cancelDaysBefore")).isEqualTo("5");
    assertThat(valueOf("care-0:cancelDaysBefore")).isEqualTo("2");
    assertThat(valueOf("hours-0:opensAt")).isEqualTo("07:15");
  }

  private static void save(By field, String value, By button, By form) {
    if (value.contains(":")) {
      browser.setValue(field, value);
    } else {
      browser.type(field, value);
    }
    browser.click(button);
    browser.waitFor(d -> d.findElement(form).getText().contains("De instelling is opgeslagen."));
  }

  private static String valueOf(String id) {
    return browser.find(By.id(id)).getAttribute("value");
  }
}
