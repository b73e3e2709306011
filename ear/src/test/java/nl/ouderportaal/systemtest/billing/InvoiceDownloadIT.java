package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.InvoicedScenario;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's download servlet from outside, with real invoice ids, as a parent who swaps the id
 * in the link for another family's would use it: the owner's session gets the PDF, another family's
 * session a 404 without a byte of the PDF, and no session the login page.
 */
@ExtendWith(ArquillianExtension.class)
public class InvoiceDownloadIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(InvoiceDownloadIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
  }

  @Test
  public void theOwnerGetsTheInvoiceAndAnotherFamilyGetsA404WithoutThePdf() {
    InvoicedScenario invoiced = server.invoicedScenario();
    Scenario s = invoiced.scenario();
    String invoiceOfA = server.portal("download/invoice/" + invoiced.invoiceOfA());
    String invoiceOfB = server.portal("download/invoice/" + invoiced.invoiceOfB());
    String familyA = server.portalSession(s.parentAEmail());
    String familyB = server.portalSession(s.parentBEmail());

    HttpResponse<byte[]> own = Server.getBytes(invoiceOfA, "Cookie", familyA);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(own.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    HttpResponse<byte[]> notTheirs = Server.getBytes(invoiceOfA, "Cookie", familyB);
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertThat(notTheirs.headers().firstValue("Content-Type").orElse(""))
        .doesNotStartWith("application/pdf");
    assertThat(notTheirs.headers().firstValue("Content-Disposition")).isEmpty();
    assertThat(new String(notTheirs.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");

    // the other way round too, while each family's own invoice is there for it
    assertThat(Server.getBytes(invoiceOfB, "Cookie", familyA).statusCode()).isEqualTo(404);
    assertThat(Server.getBytes(invoiceOfB, "Cookie", familyB).statusCode()).isEqualTo(200);

    HttpResponse<byte[]> stranger = Server.getBytes(invoiceOfA);
    assertThat(stranger.statusCode()).isEqualTo(302);
    assertThat(stranger.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
  }
}
