package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form with more in it than the server reads (420 MB) gets the page it was sent from back, with
 * the message why, once; not an empty error. Sent by hand over a socket: only its Content-Length is
 * large, the body is never sent in full, since the server answers before reading it.
 */
@ExtendWith(ArquillianExtension.class)
public class UploadLimitsIT {

  private static final long TOO_LARGE = 425L * 1024 * 1024;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(UploadLimitsIT.class);
  }

  @ArquillianResource private URL deployment;

  @Test
  public void aFormTooLargeToReadGetsItsPageBackWithTheMessageOnce() throws IOException {
    Server server = new Server(deployment);
    Scenario s = server.newScenario();
    String cookie = server.portalSession(s.parentAEmail());
    String page = server.portal("diary.xhtml?child=" + s.childA1());

    List<String> answer = postDeclaring(URI.create(server.portal("diary.xhtml")), page, cookie);

    assertThat(answer.get(0)).contains(" 303 ");
    assertThat(answer).contains("location: /portal/diary.xhtml?child=" + s.childA1());
    String shown = Server.get(page, "Cookie", cookie).body();
    assertThat(shown)
        .contains(
            "Wat je stuurde is te groot om te lezen: samen meer dan 420 MB. Er is niets"
                + " opgeslagen.");
    assertThat(Server.get(page, "Cookie", cookie).body())
        .as("once")
        .doesNotContain("te groot om te lezen");
  }

  @Test
  public void inTheBackOfficeTooAndInTheLanguageTheStaffMemberChose() throws IOException {
    Server server = new Server(deployment);
    Scenario s = server.newScenario();
    String cookie = server.backofficeSession(s.staffXEmail()) + "; lang=en";
    String page = server.backoffice("diary.xhtml?child=" + s.childA1());

    List<String> answer = postDeclaring(URI.create(server.backoffice("diary.xhtml")), page, cookie);

    assertThat(answer.get(0)).contains(" 303 ");
    assertThat(answer).contains("location: /backoffice/diary.xhtml?child=" + s.childA1());
    assertThat(Server.get(page, "Cookie", cookie).body())
        .contains("What you sent is too large to read: more than 420 MB in all.");
  }

  /** A multipart POST that declares {@link #TOO_LARGE} bytes: the answer's status and headers. */
  private static List<String> postDeclaring(URI target, String referer, String cookie)
      throws IOException {
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + target.getRawPath()
              + " HTTP/1.1\r\n"
              + "Host: "
              + target.getHost()
              + ":"
              + target.getPort()
              + "\r\n"
              + "Content-Type: multipart/form-data; boundary=grens\r\n"
              + "Content-Length: "
              + TOO_LARGE
              + "\r\n"
              + "Referer: "
              + referer
              + "\r\n"
              + "Cookie: "
              + cookie
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(
          "--grens\r\nContent-Disposition: form-data; name=\"write\"\r\n\r\nwrite\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        lines.add(lines.isEmpty() ? line : line.toLowerCase(java.util.Locale.ROOT));
      }
      return lines;
    }
  }
}
