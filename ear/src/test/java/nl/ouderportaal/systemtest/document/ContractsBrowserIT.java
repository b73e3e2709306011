package nl.ouderportaal.systemtest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.systemtest.client.Browser;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.PdfText;
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
import org.openqa.selenium.WebElement;

/**
 * A parent on a phone opens Account, then 'Documenten en jaaropgaven', finds the contracts of both
 * children above the other documents, and downloads a contract confirmation: a PDF attachment with
 * the monthly amount, and 404 for a contract that is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
public class ContractsBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ContractsBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void aParentOnAPhoneFindsTheContractsUnderDocumentsAndDownloadsOne() throws Exception {
    Scenario s = server.newScenario();

    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-account"));
    browser.waitFor(d -> d.getTitle().startsWith("Account"));
    browser.click(By.id("documents"));
    browser.waitFor(d -> d.getTitle().startsWith("Documenten en jaaropgaven"));

    assertThat(browser.textOf(By.id("contracts-title"))).isEqualTo("Contracten");
    List<WebElement> contracts = browser.driver().findElements(By.cssSelector("li.contract"));
    assertThat(contracts)
        .extracting(WebElement::getText)
        .hasSize(2)
        .anySatisfy(text -> assertThat(text).contains(s.childA1Name(), "Loopt"))
        .anySatisfy(text -> assertThat(text).contains(s.childA2Name(), "Kinderdagverblijf"));
    assertThat(browser.pageText())
        .as("the contracts come before the other documents")
        .containsSubsequence("Contracten", s.childA1Name(), "Documenten", "nog geen documenten");
    assertThat(browser.fitsTheScreen()).as("no sideways scrolling on a phone").isTrue();

    WebElement download =
        contracts.stream()
            .filter(c -> c.getText().contains(s.childA1Name()))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("a.download"));
    assertThat(download.getSize().getHeight()).as("a tap target").isGreaterThanOrEqualTo(44);
    String href = download.getAttribute("href");
    assertThat(href).contains("/portal/download/contract/");

    HttpResponse<byte[]> pdf = Server.getBytes(href, "Cookie", browser.sessionCookie());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition)
                    .startsWith("attachment;")
                    .contains("contractbevestiging-abel-")
                    .contains(".pdf"));
    assertThat(pdf.headers().firstValue("Cache-Control")).contains("private, no-store");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(PdfText.of(pdf.body()))
        .contains("Contractbevestiging", s.childA1Name(), "LRK-nummer", "481,80", "maandag");

    String guessed = href.substring(0, href.lastIndexOf('/') + 1) + UUID.randomUUID();
    assertThat(Server.getBytes(guessed, "Cookie", browser.sessionCookie()).statusCode())
        .isEqualTo(404);
    assertThat(
            Server.getBytes(
                    href.replace("/contract/", "/document/"), "Cookie", browser.sessionCookie())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  public void theServiceDeskDownloadsTheSameConfirmationFromTheFamilyPage() throws Exception {
    Scenario s = server.newScenario();
    browser.asLaptop();
    try {
      browser.open(server.backoffice(""));
      browser.logIn(s.serviceDeskEmail(), "Overzicht");
      browser.open(server.backoffice("family.xhtml?id=" + s.familyA()));
      browser.waitFor(d -> d.getTitle().startsWith("Gezin"));

      List<WebElement> links = browser.driver().findElements(By.cssSelector("a.contract-pdf"));
      assertThat(links).hasSize(2);
      String href = links.get(0).getAttribute("href");
      assertThat(href).contains("/backoffice/download/contract/");

      HttpResponse<byte[]> pdf = Server.getBytes(href, "Cookie", browser.sessionCookie());

      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment;"));
      assertThat(pdf.headers().firstValue("Cache-Control")).contains("private, no-store");
      assertThat(PdfText.of(pdf.body())).contains("Contractbevestiging", s.familyAName(), "481,80");
      String guessed = href.substring(0, href.lastIndexOf('/') + 1) + UUID.randomUUID();
      assertThat(Server.getBytes(guessed, "Cookie", browser.sessionCookie()).statusCode())
          .isEqualTo(404);
    } finally {
      browser.asOriginalSize();
    }
  }
}
