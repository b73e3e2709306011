package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The service desk starts the invoicing of this month on the job monitor and watches it complete;
 * then a parent finds the invoice under Facturen and downloads it as a PDF attachment, and gets 404
 * for an invoice that is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
public class InvoicingBrowserIT {

  @RegisterExtension static final Browser browser = Browser.laptop();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(InvoicingBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
  }

  @Test
  public void theServiceDeskRunsTheInvoicingAndAParentDownloadsTheInvoice() throws Exception {
    Scenario s = server.newScenario();
    String month = YearMonth.now().toString();

    browser.open(server.backoffice(""));
    browser.type(By.id("email"), s.serviceDeskEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Overzicht"));
    browser.click(By.id("nav-jobs"));
    browser.waitFor(d -> d.getTitle().startsWith("Taken"));

    browser.type(By.id("start:parameter"), month);
    browser.click(By.id("start:go"));

    assertThat(browser.textOf(By.id("start:messages"))).contains("is gestart");
    browser.waitFor(
        d -> d.findElement(By.id("current-status")).getText().equals("Klaar") ? true : null);
    assertThat(browser.textOf(By.id("current-counts"))).startsWith("2 van 2 gezinnen gelezen");
    assertThat(browser.textOf(By.id("runs:table"))).contains(month, "Klaar");

    browser.deleteCookies();
    browser.open(server.portal(""));
    browser.type(By.id("email"), s.parentAEmail());
    browser.type(By.id("password"), Scenario.PASSWORD);
    browser.find(By.id("submit")).click();
    browser.waitFor(d -> d.getTitle().startsWith("Mijn kind"));
    browser.open(server.portal("account.xhtml"));
    browser.click(By.id("invoices"));
    browser.waitFor(d -> d.getTitle().startsWith("Facturen"));
    assertThat(browser.pageText()).contains("963,60", "Wordt afgeschreven");

    WebElement link = browser.find(By.cssSelector("a.download"));
    String href = link.getAttribute("href");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> pdf = fetch(href, session);

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition -> assertThat(disposition).startsWith("attachment;").contains(".pdf"));
    assertThat(pdf.headers().firstValue("Cache-Control")).contains("private, no-store");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    String notTheirs = href.substring(0, href.lastIndexOf('/') + 1) + UUID.randomUUID();
    assertThat(fetch(notTheirs, session).statusCode()).isEqualTo(404);
    assertThat(fetch(href.replace("/invoice/", "/document/"), session).statusCode()).isEqualTo(404);
  }

  /** Fetches a URL the way the browser would, with its session cookie. */
  private static HttpResponse<byte[]> fetch(String url, Cookie session) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Cookie", session.getName() + "=" + session.getValue())
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
