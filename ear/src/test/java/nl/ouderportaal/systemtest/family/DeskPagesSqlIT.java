package nl.ouderportaal.systemtest.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk's pages for families stay cheap however large the organisation: the families
 * list, its search and a family page each send at most ten SQL statements, and the same number with
 * forty more families (paged in the database, never a query per row). The server counts the
 * statements per request (platform.SqlStatements).
 */
@ExtendWith(ArquillianExtension.class)
public class DeskPagesSqlIT {

  private static final int MOST = 9;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(DeskPagesSqlIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void theFamiliesListItsSearchAndAFamilyPageSendAFewStatementsWhateverTheSize() {
    Server server = new Server(deployment);
    Scenario s = server.newScenario();
    String desk = server.backofficeSession(s.serviceDeskEmail());

    // the organisation's master data (the caller, locations, groups) is cached after a first look
    counts(server, s, desk);
    List<Server.Counted> small = counts(server, s, desk);
    for (Server.Counted page : small) {
      assertThat(page.statements()).as(page::toString).isBetween(1, MOST);
    }

    server.moreFamilies(s.organisation(), 40);
    // a cached query of a table that changed (the children) is read again once
    counts(server, s, desk);
    List<Server.Counted> large = counts(server, s, desk);
    for (int i = 0; i < small.size(); i++) {
      System.out.println(
          "SQL statements: " + large.get(i).statements() + " " + large.get(i).request());
      assertThat(large.get(i).statements())
          .as("%s\nwith forty more families %s", small.get(i), large.get(i))
          .isEqualTo(small.get(i).statements());
    }
  }

  /** The statements of the families list, a search in it and family A's page. */
  private static List<Server.Counted> counts(Server server, Scenario s, String desk) {
    String list = server.backoffice("families.xhtml");
    String path = URI.create(list).getPath();
    server.sqlStatementsOf(list, desk);
    Server.Counted listed = server.lastRequest("GET", path);
    server.sqlStatementsOfSearch(list, desk, searchOf(server, list, desk, s));
    Server.Counted searched = server.lastRequest("POST", path);
    List<Server.Counted> counted = new java.util.ArrayList<>(List.of(listed, searched));
    for (String page : List.of("family", "family-credits", "family-documents", "family-log")) {
      String url = server.backoffice(page + ".xhtml?id=" + s.familyA());
      server.sqlStatementsOf(url, desk);
      counted.add(server.lastRequest("GET", URI.create(url).getPath()));
    }
    return counted;
  }

  /** The fields of the table's search as the browser posts them (PrimeFaces' filter event). */
  private static Map<String, String> searchOf(Server server, String list, String desk, Scenario s) {
    HttpResponse<String> page = Server.get(list, "Cookie", desk, "Accept-Language", "nl");
    Document html = Jsoup.parse(page.body());
    Map<String, String> fields = new HashMap<>();
    html.getElementById("families").select("input[name]").stream()
        .filter(input -> !"submit".equals(input.attr("type")))
        .forEach(input -> fields.put(input.attr("name"), input.attr("value")));
    fields.put("families:table:globalFilter", s.familyAName());
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "families:table");
    fields.put("jakarta.faces.partial.execute", "families:table");
    fields.put("jakarta.faces.partial.render", "families:table");
    fields.put("jakarta.faces.behavior.event", "filter");
    fields.put("jakarta.faces.partial.event", "filter");
    fields.put("families:table_filtering", "true");
    fields.put("families:table_encodeFeature", "true");
    return fields;
  }
}
