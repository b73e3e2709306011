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
 * Text goes out gzip-compressed to a browser that accepts it (pages, style sheets, scripts), as the
 * server's configuration says; images, already compressed, and a client that does not ask for gzip
 * get the bytes as they are.
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

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
