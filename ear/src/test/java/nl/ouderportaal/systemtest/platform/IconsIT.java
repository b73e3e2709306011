package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The icon a browser shows in its tab and a phone on its home screen: every page names it, and the
 * server's root answers {@code /favicon.ico}, which browsers ask for whatever a page says.
 */
@ExtendWith(ArquillianExtension.class)
public class IconsIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(IconsIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void connect() {
    server = new Server(deployment);
  }

  @Test
  public void theRootAnswersFaviconIcoWithThePortalsIcon() {
    HttpResponse<byte[]> root = Server.getBytes(server.root().resolve("/favicon.ico").toString());
    HttpResponse<byte[]> portal = Server.getBytes(server.portal("resources/icons/favicon.ico"));

    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(root.headers().firstValue("Content-Type")).hasValueSatisfying(isAnImage());
    assertThat(root.body()).isNotEmpty().isEqualTo(portal.body());
  }

  @Test
  public void everyTemplateLinksIconsThatAnswerWithAnImage() {
    Scenario s = server.newScenario();
    String parent = server.portalSession(s.parentAEmail());
    String desk = server.backofficeSession(s.serviceDeskEmail());

    // the public template (anonymous) and the main one (logged in) of each web module
    for (var page :
        List.of(
            Map.entry(server.portal("login.xhtml"), ""),
            Map.entry(server.portal("index.xhtml"), parent),
            Map.entry(server.backoffice("login.xhtml"), ""),
            Map.entry(server.backoffice("index.xhtml"), desk))) {
      String url = page.getKey();
      HttpResponse<String> response =
          !page.getValue().isEmpty() ? Server.get(url, "Cookie", page.getValue()) : Server.get(url);
      assertThat(response.statusCode()).as(url).isEqualTo(200);
      List<Element> links =
          Jsoup.parse(response.body()).select("link[rel=icon], link[rel=apple-touch-icon]");

      assertThat(links)
          .as(url)
          .extracting(link -> link.attr("rel") + " " + link.attr("href").replaceAll(".*\\.", ""))
          .contains("icon ico", "icon svg", "apple-touch-icon png");
      for (Element link : links) {
        String icon = URI.create(url).resolve(link.attr("href")).toString();
        HttpResponse<byte[]> image = Server.getBytes(icon);
        assertThat(image.statusCode()).as(icon).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type"))
            .as(icon)
            .hasValueSatisfying(isAnImage());
        assertThat(image.body()).as(icon).isNotEmpty();
      }
    }
  }

  private static java.util.function.Consumer<String> isAnImage() {
    return type -> assertThat(type).startsWith("image/");
  }
}
