package nl.ouderportaal.systemtest.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import nl.ouderportaal.systemtest.client.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * 'Stel een vraag' from both sides: parent A on a phone asks to change a child's contract; the
 * service desk on a laptop finds it on top of 'Vragen' and answers; the answer reaches the parent's
 * mailbox, and the parent reads it in the portal.
 */
@ExtendWith(ArquillianExtension.class)
public class QuestionBrowserIT {

  @RegisterExtension static final Browser browser = Browser.phone();
  @RegisterExtension static final GreenMailExtension mail = Mailbox.server();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(QuestionBrowserIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
    browser.deleteCookies();
    browser.asOriginalSize();
  }

  @Test
  public void aParentAsksForAContractChangeAndReadsTheServiceDesksAnswer() throws Exception {
    Scenario s = server.newScenario();
    String subject = "Ada ook op woensdag " + s.token();
    String question = "Kan Ada vanaf januari ook op woensdag komen? " + s.token();
    String answer = "Dat kan vanaf 6 januari. Je krijgt een nieuw contract. " + s.token();

    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-account"));
    browser.waitFor(d -> d.getTitle().startsWith("Account"));
    browser.click(By.id("questions"));
    browser.waitFor(d -> d.getTitle().startsWith("Stel een vraag"));
    assertThat(browser.textOf(By.id("mine-title"))).isEqualTo("Mijn vragen");
    assertThat(browser.fitsTheScreen()).as("no sideways scrolling on a phone").isTrue();

    new Select(browser.find(By.id("ask:topic"))).selectByVisibleText("Wijziging van mijn contract");
    browser.type(By.id("ask:subject"), subject);
    browser.type(By.id("ask:text"), question);
    browser.click(By.id("ask:send"));
    assertThat(browser.textOf(By.cssSelector("#ask .field-error")))
        .isEqualTo("Kies het kind. Een contract hoort bij één kind.");
    assertThat(browser.find(By.id("ask:text")).getDomProperty("value"))
        .as("what the parent typed is still there")
        .isEqualTo(question);

    new Select(browser.find(By.id("ask:child"))).selectByVisibleText(s.childA2Name());
    browser.click(By.id("ask:send"));
    browser.waitFor(d -> d.getTitle().startsWith("Vraag"));
    assertThat(browser.textOf(By.id("messages")))
        .isEqualTo(
            "Je vraag is verstuurd naar het Servicepunt. Je krijgt bericht als er een antwoord is.");
    assertThat(browser.textOf(By.id("question-status"))).isEqualTo("Wacht op antwoord");
    assertThat(browser.textOf(By.id("subject"))).isEqualTo(subject);
    assertThat(browser.textOf(By.id("thread"))).contains(question, s.parentAName());

    browser.deleteCookies();
    browser.asLaptop();
    browser.open(server.backoffice(""));
    browser.logIn(s.serviceDeskEmail(), "Overzicht");
    assertThat(browser.textOf(By.id("figure-questions"))).startsWith("1");
    assertThat(browser.textOf(By.id("nav-questions"))).contains("Vragen", "1");
    browser.click(By.id("nav-questions"));
    browser.waitFor(d -> d.getTitle().startsWith("Vragen van ouders"));
    assertThat(browser.textOf(By.cssSelector("#queue\\:table tbody tr:first-child")))
        .contains(
            subject,
            "Structurele wijziging contract",
            s.familyAName(),
            s.childA2Name(),
            "Wacht op antwoord");
    browser.click(By.linkText(subject));
    browser.waitFor(d -> d.getTitle().startsWith("Vraag"));
    assertThat(browser.textOf(By.id("family-link"))).isEqualTo(s.familyAName());
    assertThat(browser.find(By.id("family-link")).getDomAttribute("href"))
        .contains("family.xhtml?id=" + s.familyA());
    assertThat(browser.textOf(By.id("thread"))).contains(question);

    browser.click(By.id("answer:send"));
    assertThat(browser.textOf(By.id("answer:textMessage"))).contains("Schrijf eerst een antwoord.");
    browser.type(By.id("answer:text"), answer);
    browser.click(By.id("answer:send"));
    browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("verstuurd"));
    assertThat(browser.textOf(By.id("messages")))
        .contains("Je antwoord is verstuurd aan gezin " + s.familyAName() + ".");
    assertThat(browser.textOf(By.id("question-status"))).isEqualTo("Beantwoord");
    assertThat(browser.textOf(By.id("thread"))).contains(question, answer, "Servicepunt");
    assertThat(browser.textOf(By.id("nav-questions"))).doesNotContain("1");

    MimeMessage received =
        Awaitility.await()
            .atMost(Duration.ofSeconds(45))
            .until(
                () -> Mailbox.to(mail, s.parentAEmail()).stream().findFirst().orElse(null),
                m -> m != null);
    String body = GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=");
    assertThat(received.getSubject()).isEqualTo("Antwoord op je vraag: " + subject);
    assertThat(body).contains(answer, "/portal/question.xhtml?id=");

    browser.deleteCookies();
    browser.asOriginalSize();
    browser.open(server.portal(""));
    browser.logIn(s.parentAEmail(), "Mijn kind");
    browser.click(By.id("nav-account"));
    browser.waitFor(d -> d.getTitle().startsWith("Account"));
    assertThat(browser.textOf(By.id("questions"))).contains("Stel een vraag", "1 antwoord");
    browser.click(By.id("questions"));
    browser.waitFor(d -> d.getTitle().startsWith("Stel een vraag"));
    assertThat(browser.textOf(By.id("my-questions"))).contains(subject, "Beantwoord");
    browser.click(By.cssSelector("#my-questions a.question-link"));
    browser.waitFor(d -> d.getTitle().startsWith("Vraag"));
    assertThat(browser.textOf(By.id("thread"))).contains(question, answer, "Servicepunt");
    assertThat(browser.textOf(By.id("question-status"))).isEqualTo("Beantwoord");
    assertThat(browser.fitsTheScreen()).isTrue();

    String thread = browser.driver().getCurrentUrl();
    browser.deleteCookies();
    browser.open(server.portal(""));
    browser.logIn(s.parentBEmail(), "Mijn kind");
    browser.open(thread);
    browser.waitFor(d -> !d.getTitle().startsWith("Mijn kind"));
    assertThat(browser.driver().getTitle()).doesNotStartWith("Vraag");
    assertThat(browser.pageText()).doesNotContain(subject, question, answer);
  }

  @Test
  public void aGroupWorkerHasNoQuestionsInTheBackOffice() {
    Scenario s = server.newScenario();
    browser.asLaptop();

    browser.open(server.backoffice(""));
    browser.logIn(s.staffXEmail(), "Overzicht");

    assertThat(browser.driver().findElements(By.id("nav-questions"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("figure-questions"))).isEmpty();
    browser.open(server.backoffice("questions.xhtml"));
    browser.waitFor(d -> d.getTitle().startsWith("Pagina niet gevonden"));
  }
}
