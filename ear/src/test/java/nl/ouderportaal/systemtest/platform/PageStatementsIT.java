package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.PageData;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page, as its user opens it, sends few SQL statements: at most 10 for a page of the portal
 * and 15 for one of the back-office, and the same number after twenty times more diary entries,
 * photos, messages, requests, questions and news and fifty more families (never a query per row).
 * The server counts the statements of each request (platform.SqlStatements); a page is opened once
 * before it is counted, as the caches of the organisation's master data fill on first use.
 */
@ExtendWith(ArquillianExtension.class)
public class PageStatementsIT {

  private static final int PORTAL = 10;
  private static final int BACKOFFICE = 15;

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.withClient(PageStatementsIT.class);
  }

  @ArquillianResource private URL deployment;
  @Inject private Fixtures fixtures;
  @Inject private PageData data;

  /** A page, opened by someone. */
  private record Page(String who, String url) {}

  @Test
  public void everyPageSendsAFewStatementsWhateverTheAmountOfData() throws Exception {
    Server server = new Server(deployment);
    Scenario s = fixtures.scenario();
    data.consents(s);
    PageData.Ids ids = data.round(s, 1, 0);
    Map<String, String> sessions =
        Map.of(
            "parent", server.portalSession(s.parentAEmail()),
            "staff", server.backofficeSession(s.staffXEmail()),
            "desk", server.backofficeSession(s.serviceDeskEmail()));
    List<Page> pages = pages(server, s, ids);

    Map<Page, Server.Counted> small = counts(server, sessions, pages);
    List<String> over = new ArrayList<>();
    small.forEach(
        (page, counted) -> {
          int most = page.who().equals("parent") ? PORTAL : BACKOFFICE;
          if (counted.statements() > most) {
            over.add(counted.toString());
          }
        });
    System.out.println(report("a little data", small));

    data.round(s, 20, 2);
    fixtures.moreFamilies(s.organisation(), 50, true);
    Map<Page, Server.Counted> large = counts(server, sessions, pages);
    System.out.println(report("twenty times more", large));
    List<String> grown = new ArrayList<>();
    small.forEach(
        (page, counted) -> {
          if (large.get(page).statements() != counted.statements()) {
            grown.add(counted + "\nwith more data: " + large.get(page));
          }
        });
    large.forEach(
        (page, counted) -> {
          int most = page.who().equals("parent") ? PORTAL : BACKOFFICE;
          if (counted.statements() > most && small.get(page).statements() <= most) {
            over.add("with more data: " + counted);
          }
        });
    List<String> problems = new ArrayList<>(over);
    problems.addAll(grown);
    assertThat(problems)
        .as("pages over their number of statements, or whose statements grow with the data")
        .isEmpty();
  }

  private static List<Page> pages(Server server, Scenario s, PageData.Ids ids) {
    List<Page> pages = new ArrayList<>();
    for (String page :
        List.of(
            "index.xhtml",
            "diary.xhtml?child=" + s.childA1(),
            "albums.xhtml",
            "album.xhtml?id=" + ids.album(),
            "messages.xhtml",
            "agenda.xhtml",
            "agenda.xhtml?view=week",
            "request-care.xhtml",
            "requests.xhtml",
            "request.xhtml?id=" + ids.request(),
            "absence.xhtml",
            "credits.xhtml",
            "documents.xhtml",
            "invoices.xhtml",
            "location.xhtml",
            "news-item.xhtml?id=" + ids.news(),
            "account.xhtml",
            "personal.xhtml",
            "notifications.xhtml",
            "child.xhtml?id=" + s.childA1(),
            "questions.xhtml",
            "question.xhtml?id=" + ids.question(),
            "about.xhtml")) {
      pages.add(new Page("parent", server.portal(page)));
    }
    for (String page :
        List.of(
            "index.xhtml",
            "my-groups.xhtml",
            "day-list.xhtml",
            "diary.xhtml",
            "photos.xhtml",
            "messages.xhtml")) {
      pages.add(new Page("staff", server.backoffice(page)));
    }
    UUID kdv = null;
    for (String page :
        List.of(
            "index.xhtml",
            "reviews.xhtml",
            "questions.xhtml",
            "question.xhtml?id=" + ids.question(),
            "families.xhtml",
            "family.xhtml?id=" + s.familyA(),
            "family-credits.xhtml?id=" + s.familyA(),
            "family-documents.xhtml?id=" + s.familyA(),
            "family-log.xhtml?id=" + s.familyA(),
            "family-new.xhtml",
            "contract.xhtml?child=" + s.childA1(),
            "locations.xhtml",
            "staff.xhtml",
            "settings.xhtml",
            "jobs.xhtml",
            "news.xhtml")) {
      pages.add(new Page("desk", server.backoffice(page)));
    }
    return pages;
  }

  /** Each page opened once to warm up, then once counted. */
  private static Map<Page, Server.Counted> counts(
      Server server, Map<String, String> sessions, List<Page> pages) {
    Map<Page, Server.Counted> counts = new LinkedHashMap<>();
    for (Page page : pages) {
      server.sqlStatementsOf(page.url(), sessions.get(page.who()));
      server.sqlStatementsOf(page.url(), sessions.get(page.who()));
      String path = java.net.URI.create(page.url()).getRawPath();
      counts.put(page, server.lastRequest("GET", path));
    }
    return counts;
  }

  private static String report(String when, Map<Page, Server.Counted> counts) {
    StringBuilder report = new StringBuilder("SQL statements per page, " + when + ":\n");
    counts.forEach(
        (page, counted) ->
            report
                .append(String.format("%3d ", counted.statements()))
                .append(page.who())
                .append(' ')
                .append(page.url().replaceFirst("^https?://[^/]+", ""))
                .append('\n'));
    return report.toString();
  }
}
