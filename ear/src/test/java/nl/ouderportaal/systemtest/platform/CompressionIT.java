package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lean responses: text goes out gzip-compressed to a browser that accepts it (pages, style sheets,
 * scripts); images, already compressed, and a client that does not ask for gzip get the bytes as
 * they are. The pages' resources carry a version in their address and are kept for a year.
 */
@ExtendWith(ArquillianExtension.class)
public class CompressionIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(CompressionIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void pagesAndStyleSheetsAreCompressedImagesAreNot() throws IOException {
    Server server = new Server(deployment);
    String login = server.portal("login.xhtml");

    HttpResponse<byte[]> page = Server.getBytes(login, "Accept-Encoding", "gzip");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String html = gunzip(page.body());
    assertThat(html).contains("<html");
    assertThat(page.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length);

    String css =
        URI.create(login)
            .resolve(Jsoup.parse(html).select("link[rel=stylesheet]").first().attr("href"))
            .toString();
    HttpResponse<byte[]> sheet = Server.getBytes(css, "Accept-Encoding", "gzip");
    assertThat(sheet.statusCode()).as(css).isEqualTo(200);
    assertThat(sheet.headers().firstValue("Content-Encoding")).as(css).hasValue("gzip");
    assertThat(gunzip(sheet.body())).contains("{");

    String icon =
        URI.create(login)
            .resolve(Jsoup.parse(html).select("link[rel=apple-touch-icon]").first().attr("href"))
            .toString();
    HttpResponse<byte[]> image = Server.getBytes(icon, "Accept-Encoding", "gzip");
    assertThat(image.statusCode()).as(icon).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Encoding")).as(icon).isEmpty();

    HttpResponse<byte[]> plain = Server.getBytes(login);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html");
  }

  @Test
  public void versionedResourcesAreKeptForAYearPagesAreNot() {
    Server server = new Server(deployment);
    for (String login :
        java.util.List.of(server.portal("login.xhtml"), server.backoffice("login.xhtml"))) {
      HttpResponse<String> page = Server.get(login);
      assertThat(page.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
      var sheets = Jsoup.parse(page.body()).select("link[rel=stylesheet]");
      assertThat(sheets).as(login).isNotEmpty();
      for (var sheet : sheets) {
        String href = sheet.attr("href");
        assertThat(href).as("a style sheet of %s has a version", login).contains("v=");
        HttpResponse<byte[]> css = Server.getBytes(URI.create(login).resolve(href).toString());
        assertThat(css.statusCode()).as(href).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).as(href).hasValue("max-age=31536000");
      }
    }
  }

  /** The portal uses its own style sheet: no PrimeFaces theme or script on its pages. */
  @Test
  public void portalPagesLoadNoPrimeFacesThemeOrScript() {
    Server server = new Server(deployment);
    nl.ouderportaal.systemtest.support.Scenario s = server.newScenario();
    String parent = server.portalSession(s.parentAEmail());
    for (String url :
        java.util.List.of(
            server.portal("login.xhtml"),
            server.portal("index.xhtml"),
            server.portal("agenda.xhtml"),
            server.portal("request-care.xhtml"))) {
      HttpResponse<String> page = Server.get(url, "Cookie", parent);
      assertThat(page.statusCode()).as(url).isEqualTo(200);
      var document = Jsoup.parse(page.body());
      assertThat(document.select("link[rel=stylesheet]"))
          .as(url)
          .extracting(link -> link.attr("href"))
          .noneMatch(href -> href.contains("theme.css"));
      assertThat(document.select("script[src]"))
          .as(url)
          .extracting(script -> script.attr("src"))
          .noneMatch(src -> src.contains("ln=primefaces"));
    }
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
