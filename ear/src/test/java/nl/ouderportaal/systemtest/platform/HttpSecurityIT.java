package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's HTTP behaviour that no page shows: logins, sessions, headers. */
@ExtendWith(ArquillianExtension.class)
public class HttpSecurityIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(HttpSecurityIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void connect() {
    server = new Server(deployment);
  }

  @Test
  public void protectedPagesSendAnonymousVisitorsToTheLoginWithoutASession() {
    HttpResponse<String> portal = Server.get(server.portal("index.xhtml"));
    HttpResponse<String> backoffice = Server.get(server.backoffice("families.xhtml"));

    assertThat(portal.statusCode()).isEqualTo(302);
    assertThat(portal.headers().firstValue("Location").orElseThrow())
        .endsWith("/portal/login.xhtml?next=%2Findex.xhtml");
    assertThat(backoffice.statusCode()).isEqualTo(302);
    assertThat(backoffice.headers().firstValue("Location").orElseThrow())
        .endsWith("/backoffice/login.xhtml?next=%2Ffamilies.xhtml");
    assertThat(portal.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(backoffice.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  public void anonymousPagesCreateNoSessionsHoweverManyVisitorsCome() {
    List<String> pages =
        List.of(
            server.portal("login.xhtml"),
            server.portal("login.xhtml?next=%2Faccount.xhtml"),
            server.portal("errors/404.xhtml"),
            server.backoffice("login.xhtml"),
            server.backoffice("errors/error.xhtml"));
    for (int i = 0; i < 40; i++) {
      for (String page : pages) {
        HttpResponse<String> response = Server.get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
      }
    }
  }

  @Test
  public void everyResponseCarriesTheSecurityHeadersAndNoVersionBanner() {
    for (String url :
        List.of(
            server.portal("login.xhtml"),
            server.portal("index.xhtml"),
            server.portal("errors/nothing-here.xhtml"),
            server.portal("jakarta.faces.resource/css/portal.css.xhtml"),
            server.backoffice("login.xhtml"),
            server.root().toString())) {
      HttpResponse<String> response = Server.get(url);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(url)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(url).hasValue("same-origin");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(url).hasValue("DENY");
      assertThat(response.headers().firstValue("Server")).as(url).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).as(url).isEmpty();
    }
    HttpResponse<String> page = Server.get(server.portal("login.xhtml"));
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains(
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "script-src 'self' 'nonce-");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(
            Server.get(server.backoffice("login.xhtml"))
                .headers()
                .firstValue("Content-Security-Policy"))
        .isPresent();
  }

  @Test
  public void theRootGoesToThePortalAndErrorsShowNoStackTrace() {
    HttpResponse<String> root = Server.get(server.root().toString());
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/portal/");

    HttpResponse<String> missing = Server.get(server.portal("errors/nothing-here.xhtml"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Pagina niet gevonden");
    assertThat(missing.body())
        .doesNotContain("\tat ", "at org.", "Caused by", "WildFly", "Undertow");
  }

  @Test
  public void loggingInGivesANewSessionIdAndLoggingOutEndsIt() {
    Scenario s = server.newScenario();
    String planted = "JSESSIONID=planted-by-someone-else";

    HttpResponse<String> login = server.logIntoPortal(s.parentAEmail(), Scenario.PASSWORD, planted);

    assertThat(login.statusCode()).isEqualTo(302);
    String session = Server.sessionCookie(login);
    assertThat(session).startsWith("JSESSIONID=").isNotEqualTo(planted);
    HttpResponse<String> home = Server.get(server.portal("index.xhtml"), "Cookie", session);
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains(s.childA1Name());

    HttpResponse<String> account = Server.get(server.portal("account.xhtml"), "Cookie", session);
    var form = Jsoup.parse(account.body()).getElementById("logout");
    Map<String, String> fields =
        form.select("input[name]").stream()
            .collect(Collectors.toMap(e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
    HttpResponse<String> logout = Server.post(server.portal("account.xhtml"), fields, session);
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow())
        .contains("/portal/login.xhtml");

    HttpResponse<String> after = Server.get(server.portal("index.xhtml"), "Cookie", session);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.body()).doesNotContain(s.childA1Name());
  }

  @Test
  public void aWrongPasswordAndAnUnknownAddressShowTheSameMessage() {
    Scenario s = server.newScenario();

    HttpResponse<String> wrong =
        server.logIntoPortal(s.parentAEmail(), "Niet-mijn-wachtwoord", null);
    HttpResponse<String> unknown =
        server.logIntoPortal("onbekend-" + s.token() + "@test.example", Scenario.PASSWORD, null);

    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(unknown.statusCode()).isEqualTo(200);
    String wrongMessage = Jsoup.parse(wrong.body()).select("#messages").text();
    assertThat(wrongMessage).isEqualTo("Het e-mailadres of het wachtwoord klopt niet.");
    assertThat(Jsoup.parse(unknown.body()).select("#messages").text()).isEqualTo(wrongMessage);
    assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  public void aGuessedIdAnswers404WithTheSecurityHeadersStillOn() {
    Scenario s = server.newScenario();
    String session = server.portalSession(s.parentAEmail());

    for (String url :
        List.of(
            server.portal("child.xhtml?id=" + s.childB1()),
            server.portal("files/photo/" + java.util.UUID.randomUUID()),
            server.portal("files/album/" + java.util.UUID.randomUUID() + ".zip"))) {
      HttpResponse<String> response = Server.get(url, "Cookie", session);
      assertThat(response.statusCode()).as(url).isEqualTo(404);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(url)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(url).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(url).hasValue("same-origin");
      assertThat(response.headers().firstValue("Permissions-Policy")).as(url).isPresent();
      assertThat(response.headers().firstValue("Content-Disposition")).as(url).isEmpty();
      assertThat(response.body()).as(url).doesNotContain(s.childB1Name());
    }
  }

  @Test
  public void theSessionCookieIsHttpOnlyAndSameSiteAndNeverInAUrl() {
    Scenario s = server.newScenario();

    HttpResponse<String> login = server.logIntoPortal(s.parentAEmail(), Scenario.PASSWORD, null);

    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(login.headers().firstValue("Location").orElseThrow())
        .doesNotContainIgnoringCase("jsessionid");
    HttpResponse<String> home =
        Server.get(server.portal("index.xhtml"), "Cookie", Server.sessionCookie(login));
    assertThat(home.body()).doesNotContainIgnoringCase(";jsessionid");
  }

  @Test
  public void aSessionThatLogsInAgainGetsANewIdAndTheOldOneIsWorthless() {
    Scenario s = server.newScenario();
    String first = server.portalSession(s.parentAEmail());
    assertThat(Server.get(server.portal("index.xhtml"), "Cookie", first).statusCode())
        .isEqualTo(200);

    HttpResponse<String> again = server.logIntoPortal(s.parentAEmail(), Scenario.PASSWORD, first);

    String second = Server.sessionCookie(again);
    assertThat(second).isNotEqualTo(first);
    assertThat(Server.get(server.portal("index.xhtml"), "Cookie", second).statusCode())
        .isEqualTo(200);
    assertThat(Server.get(server.portal("index.xhtml"), "Cookie", first).statusCode())
        .isEqualTo(302);
  }
}
