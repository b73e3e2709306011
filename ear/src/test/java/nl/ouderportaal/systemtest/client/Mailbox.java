package nl.ouderportaal.systemtest.client;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The mail server of the tests: GreenMail in the test JVM on port 3025, where the server under test
 * sends its mail ({@code APP_SMTP_PORT=3025}, set by the build).
 */
public final class Mailbox {

  private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

  private Mailbox() {}

  /** A mail server for one test class. */
  public static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
  }

  public static List<MimeMessage> to(GreenMailExtension mail, String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(address))
        .toList();
  }

  /** Waits for the first mail to the address, and answers the link in it. */
  public static String awaitLink(GreenMailExtension mail, String address) {
    MimeMessage message =
        Awaitility.await()
            .atMost(Duration.ofSeconds(45))
            .until(
                () -> to(mail, address).stream().reduce((a, b) -> b).orElse(null), m -> m != null);
    return link(message);
  }

  public static String link(MimeMessage message) {
    Matcher matcher =
        LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
    if (!matcher.find()) {
      throw new AssertionError("no link in " + GreenMailUtil.getBody(message));
    }
    return matcher.group();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
