package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Mailbox;
import nl.ouderportaal.systemtest.client.Server;
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
import org.openqa.selenium.By;

/** Accounts as people click them: invitations, forgotten passwords, consents, the end of care. */
@ExtendWith(ArquillianExtension.class)
public class AccountBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();
  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(AccountBrowserIT.class);
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
  public void theServiceDeskInvitesANewParentWhoChoosesAPasswordAndLogsIn() {
    NewFamily family = server.newFamily(30, null, false);

    browser.asLaptop();
    browser.open(server.backoffice("login.xhtml"));
    logIn(family.serviceDeskEmail(), Scenario.PASSWORD);
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));
    browser.find(By.id("nav-families")).click();
    browser.find(By.linkText(family.familyName())).click();
    browser.waitFor(d -> d.getTitle().startsWith("Gezin"));
    assertThat(browser.textOf(By.id("parents:table"))).contains("niet uitgenodigd");
    browser.find(By.cssSelector("#parents\\:table button.invite")).click();
    browser.waitFor(
        d -> d.findElement(By.id("parents:table")).getText().contains("uitgenodigd op"));
    browser.deleteCookies();
    browser.asOriginalSize();

    browser.open(Mailbox.awaitLink(mail, family.parentEmail()));
    browser.waitFor(d -> d.getTitle().startsWith("Kies je wachtwoord"));
    assertThat(browser.pageText()).contains(family.parentEmail());
    choosePassword("Welkom2026!");
    assertThat(browser.textOf(By.cssSelector(".field-error"))).contains("veel gebruikt");
    choosePassword("Zon op het dak 42");

    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    assertThat(browser.pageText()).contains("Je wachtwoord is ingesteld");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(family.parentEmail());
    browser.type(By.id("password"), "Zon op het dak 42");
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    assertThat(browser.pageText()).contains(family.childName());
  }

  @Test
  public void aParentWhoForgotThePasswordChoosesANewOneFromTheMail() {
    NewFamily family = server.newFamily(-60, null, true);

    browser.open(server.portal("login.xhtml"));
    browser.find(By.id("forgot")).click();
    browser.type(By.id("forgot:email"), family.parentEmail());
    browser.find(By.id("forgot:submit")).click();
    assertThat(browser.textOf(By.id("sent"))).startsWith("Als dit e-mailadres bij ons bekend is");

    browser.open(Mailbox.awaitLink(mail, family.parentEmail()));
    browser.waitFor(d -> d.getTitle().startsWith("Kies een nieuw wachtwoord"));
    choosePassword("Fietsen langs de Vecht");
    browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    browser.type(By.id("password"), "Fietsen langs de Vecht");
    browser.find(By.id("submit")).click();

    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
  }

  @Test
  public void aParentGivesAConsentAndSeesItInTheHistory() {
    NewFamily family = server.newFamily(-60, null, true);
    browser.open(server.portal(""));
    logIn(family.parentEmail(), Scenario.PASSWORD);
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));

    // the about page is for parents: no version numbers
    browser.open(server.portal("about.xhtml"));
    assertThat(browser.pageText()).doesNotContain("Versie", "SNAPSHOT");
    browser.find(By.id("nav-account")).click();
    browser.find(By.linkText(family.childName())).click();
    browser.waitFor(d -> d.getTitle().startsWith("Nina"));
    assertThat(browser.find(By.id("consent-history")).getText()).isEmpty();
    browser.click(By.cssSelector("input.consent-GROUP_PHOTOS"));
    browser.click(By.id("consents:save"));

    browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("opgeslagen"));
    assertThat(browser.find(By.cssSelector("input.consent-GROUP_PHOTOS")).isSelected()).isTrue();
    assertThat(browser.find(By.cssSelector("input.consent-PHOTOS_IN_PORTAL")).isSelected())
        .isFalse();
    assertThat(browser.textOf(By.id("consent-history")))
        .contains("groepsfoto's", "gegeven", "door Noa " + family.familyName());
  }

  @Test
  public void afterCareEndsTheAccountShowsUntilWhenAndLaterTheLoginIsRefused() {
    NewFamily recent = server.newFamily(-400, -14, true);
    NewFamily longAgo = server.newFamily(-400, -70, true);

    browser.open(server.portal(""));
    logIn(recent.parentEmail(), Scenario.PASSWORD);
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    // Mijn kind says once why, and offers only what still works
    assertThat(browser.textOf(By.id("care-ended")))
        .startsWith("De opvang is gestopt. Je kunt tot en met")
        .contains("foto's");
    assertThat(browser.driver().findElements(By.id("write-group"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("absence-button"))).isEmpty();
    browser.find(By.id("nav-agenda")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Agenda"));
    assertThat(browser.driver().findElements(By.id("request-day"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("report-absence"))).isEmpty();
    browser.find(By.id("nav-messages")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Berichten"));
    assertThat(browser.textOf(By.id("care-ended"))).contains("geen nieuwe meer sturen");
    assertThat(browser.driver().findElements(By.id("write"))).isEmpty();
    browser.open(server.portal("request-care.xhtml"));
    assertThat(browser.textOf(By.id("care-ended"))).startsWith("De opvang is gestopt.");
    assertThat(browser.driver().findElements(By.id("day"))).isEmpty();
    browser.find(By.id("nav-account")).click();
    assertThat(browser.textOf(By.cssSelector(".warning")))
        .startsWith("De opvang is gestopt. Je kunt tot en met")
        .contains("foto's");

    browser.deleteCookies();
    browser.open(server.portal("login.xhtml"));
    logIn(longAgo.parentEmail(), Scenario.PASSWORD);
    assertThat(browser.textOf(By.id("messages")))
        .startsWith("De opvang is gestopt en de periode om gegevens te downloaden is voorbij.");
  }

  private void choosePassword(String password) {
    browser.type(By.id("choose:password"), password);
    browser.type(By.id("choose:repeat"), password);
    browser.click(By.id("choose:submit"));
  }

  private void logIn(String email, String password) {
    browser.type(By.id("email"), email);
    browser.type(By.id("password"), password);
    browser.find(By.id("submit")).click();
  }
}
