package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ouderportaal.systemtest.client.Mailbox;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.NewFamily;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What reaches a real mail server (GreenMail), and when. */
@ExtendWith(ArquillianExtension.class)
public class MailDeliveryIT {

  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(MailDeliveryIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void connect() {
    server = new Server(deployment);
  }

  @Test
  public void theInvitationJobMailsTheRightParentsOnceEvenWhenItRunsTwice() {
    NewFamily soon = server.newFamily(30, null, false);
    NewFamily later = server.newFamily(120, null, false);

    server.inviteDue();
    server.inviteDue();

    awaitSent(soon.parentEmail(), 1);
    List<MimeMessage> received = Mailbox.to(mail, soon.parentEmail());
    assertThat(received).hasSize(1);
    assertThat(GreenMailUtil.getBody(received.get(0))).contains("Noa");
    assertThat(server.outbox(later.parentEmail())[0]).isZero();
    assertThat(Mailbox.to(mail, later.parentEmail())).isEmpty();
  }

  @Test
  public void aMailWaitsWhileTheMailServerIsDownAndArrivesOnceItIsUp() {
    NewFamily family = server.newFamily(-30, null, true);
    mail.stop();
    try {
      forgotPassword(family.parentEmail());

      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> server.outbox(family.parentEmail())[2] >= 1);
      assertThat(server.outbox(family.parentEmail())[1]).as("sent while down").isZero();
    } finally {
      mail.start();
    }

    awaitSent(family.parentEmail(), 1);
    assertThat(Mailbox.to(mail, family.parentEmail())).hasSize(1);
    assertThat(server.outbox(family.parentEmail())[0]).isEqualTo(1);
    assertThat(Mailbox.link(Mailbox.to(mail, family.parentEmail()).get(0)))
        .contains("/portal/reset-password.xhtml?token=");
  }

  @Test
  public void theForgotPasswordFormAnswersTheSameForAnUnknownAddress() {
    NewFamily family = server.newFamily(-30, null, true);
    String unknown = "niemand-" + family.token().toLowerCase() + "@test.example";

    String known = forgotPassword(family.parentEmail());
    String stranger = forgotPassword(unknown);

    assertThat(known).isEqualTo(stranger).startsWith("Als dit e-mailadres bij ons bekend is");
    awaitSent(family.parentEmail(), 1);
    assertThat(server.outbox(unknown)[0]).isZero();
  }

  /** Fills in 'wachtwoord vergeten' as a browser without scripts would; answers the reply. */
  private String forgotPassword(String email) {
    HttpResponse<String> page =
        Server.get(server.portal("forgot-password.xhtml"), "Accept-Language", "nl");
    Map<String, String> fields =
        Jsoup.parse(page.body()).getElementById("forgot").select("input[name]").stream()
            .collect(Collectors.toMap(e -> e.attr("name"), e -> e.attr("value"), (a, b) -> a));
    fields.put("forgot:email", email);
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> reply =
        Server.send(
            HttpRequest.newBuilder(URI.create(server.portal("forgot-password.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
    return Jsoup.parse(reply.body()).select("#sent").text();
  }

  private void awaitSent(String recipient, int count) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(45))
        .until(() -> server.outbox(recipient)[1] >= count);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
