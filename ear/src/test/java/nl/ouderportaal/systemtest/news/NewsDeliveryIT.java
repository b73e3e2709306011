package nl.ouderportaal.systemtest.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ouderportaal.systemtest.client.Mailbox;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A newsletter from outside the server: the mail reaches a real mail server (GreenMail) for the
 * parent who chose e-mail, and not for the one who chose the portal; its link opens the item in the
 * portal and the newsletter downloads as a private PDF attachment; for a parent of another
 * organisation both answer 404.
 */
@ExtendWith(ArquillianExtension.class)
public class NewsDeliveryIT {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/portal/news-item\\.xhtml\\?id=[0-9a-f-]{36}");

  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(NewsDeliveryIT.class)
        .addClasses(NewsFixtureServlet.class, NewsPdfs.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void connect() {
    server = new Server(deployment);
  }

  @Test
  public void theMailGoesToWhoChoseEmailAndItsLinkOpensTheNewsletterOnlyForThem() throws Exception {
    Properties published = newsletter();
    Scenario s = Scenario.fromText(published.getProperty("text"));
    String item = published.getProperty("newsItem");
    String title = published.getProperty("title");

    MimeMessage received =
        Awaitility.await()
            .atMost(Duration.ofSeconds(45))
            .until(
                () -> Mailbox.to(mail, s.parentAEmail()).stream().findFirst().orElse(null),
                m -> m != null);
    assertThat(received.getSubject()).isEqualTo("Nieuwsbrief van KDV " + s.token() + ": " + title);
    Matcher link =
        LINK.matcher(GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "="));
    assertThat(link.find()).as("a link to the item in the mail").isTrue();
    assertThat(link.group()).endsWith("/portal/news-item.xhtml?id=" + item);
    assertThat(server.outbox(s.parentBEmail())[0]).as("B chose the portal only").isZero();

    String page = server.portal("news-item.xhtml?id=" + item);
    String newsletter = server.portal("download/newsletter/" + item);
    String parentA = server.portalSession(s.parentAEmail());
    HttpResponse<String> opened = Server.get(page, "Cookie", parentA, "Accept-Language", "nl");
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains(title, "Met het programma van de zomer.");
    HttpResponse<byte[]> pdf = Server.getBytes(newsletter, "Cookie", parentA);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"" + published.getProperty("fileName") + "\"");
    assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    Scenario other = server.newScenario();
    String stranger = server.portalSession(other.parentAEmail());
    assertThat(Server.get(page, "Cookie", stranger).statusCode()).isEqualTo(404);
    assertThat(Server.getBytes(newsletter, "Cookie", stranger).statusCode()).isEqualTo(404);
    assertThat(Server.getBytes(newsletter).statusCode())
        .as("without a login: to the login page, not the file")
        .isEqualTo(302);
  }

  /** The published newsletter's scenario ({@code text}) and what the fixture says about it. */
  private Properties newsletter() throws IOException {
    HttpResponse<String> response =
        Server.get(
            URI.create(deployment.toString()).resolve("news-fixtures/newsletter").toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Properties properties = new Properties();
    properties.load(new StringReader(response.body()));
    properties.setProperty("text", response.body());
    return properties;
  }
}
