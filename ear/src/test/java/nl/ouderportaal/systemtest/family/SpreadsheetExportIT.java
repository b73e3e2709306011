package nl.ouderportaal.systemtest.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk exports the families list and the occupancy of the coming weeks to a
 * spreadsheet, as its buttons do: a CSV that Dutch Excel opens as it is (semicolons), with the
 * organisation's own families and groups only.
 */
@ExtendWith(ArquillianExtension.class)
public class SpreadsheetExportIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(SpreadsheetExportIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void theFamiliesListAndTheOccupancyGoToASpreadsheet() {
    Server server = new Server(deployment);
    Scenario s = server.newScenario();
    Scenario other = server.newScenario();
    String desk = server.backofficeSession(s.serviceDeskEmail());

    String families =
        export(server.backoffice("families.xhtml"), "families", "families:table:export", desk);
    // a byte order mark first, so that Excel reads UTF-8; quoted fields between semicolons
    assertThat(families).startsWith("\uFEFF");
    assertThat(families.lines().findFirst().orElseThrow())
        .contains("\"Gezin\";\"Ouders\";\"Kinderen\";\"Plaats\"");
    assertThat(families)
        .contains(s.familyAName(), s.familyBName(), s.childA1Name(), s.parentAName())
        .doesNotContain(other.familyAName());

    String occupancy =
        export(server.backoffice("index.xhtml"), "occupancy", "occupancy:export", desk);
    assertThat(occupancy.lines().findFirst().orElseThrow()).contains("\"Groep\";\"Locatie\"");
    assertThat(occupancy)
        .contains(s.groupXName(), s.groupYName(), "ochtend", "middag")
        .doesNotContain(other.groupXName());
  }

  /** Posts the page's form with its export button, as the browser does; the file's text. */
  private static String export(String page, String form, String button, String cookie) {
    HttpResponse<String> html = Server.get(page, "Cookie", cookie, "Accept-Language", "nl");
    assertThat(html.statusCode()).isEqualTo(200);
    Element element = Jsoup.parse(html.body()).getElementById(form);
    assertThat(element).as("form " + form + " on " + page).isNotNull();
    Map<String, String> fields = new HashMap<>();
    element.select("input[name]").stream()
        .filter(
            input -> !"submit".equals(input.attr("type")) && !"button".equals(input.attr("type")))
        .forEach(input -> fields.put(input.attr("name"), input.attr("value")));
    element
        .select("select[name]")
        .forEach(
            select -> {
              Element chosen = select.selectFirst("option[selected]");
              fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
            });
    fields.put(button, "");
    HttpResponse<String> file = Server.post(page, fields, cookie);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).contains("csv");
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    return new String(file.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
