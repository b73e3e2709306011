package nl.ouderportaal.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private static final Map<String, String> VALUES =
      Map.of(
          "name", "Sanne",
          "children", "Noor & Daan",
          "start", "1 januari 2027",
          "email", "sanne@example.com",
          "organisation", "Kinderopvang <De Zonnebloem>",
          "link", "https://portaal.example/portal/activate.xhtml?token=abc&x=1",
          "portal", "https://portaal.example/portal/");

  @Test
  void theInvitationHasASubjectATextAndAnHtmlVersionInBothLanguages() {
    MailTemplates.Rendered dutch = MailTemplates.render("invitation", "nl", VALUES);
    MailTemplates.Rendered english = MailTemplates.render("invitation", "en", VALUES);

    assertThat(dutch.subject())
        .isEqualTo("Welkom bij het ouderportaal van Kinderopvang <De Zonnebloem>");
    assertThat(dutch.text())
        .contains(
            "Hallo Sanne,",
            "Wachtwoord kiezen: https://portaal.example/portal/activate.xhtml?token=abc&x=1");
    assertThat(english.text()).contains("Hello Sanne,", "Choose a password: https://");
    assertThat(dutch.html())
        .contains("href=\"https://portaal.example/portal/activate.xhtml?token=abc&amp;x=1\"")
        .contains("Kinderopvang &lt;De Zonnebloem&gt;")
        .contains("Noor &amp; Daan")
        .doesNotContain("<De Zonnebloem>");
  }

  @Test
  void aValueCannotAddMarkupOrALink() {
    Map<String, String> evil = new java.util.HashMap<>(VALUES);
    evil.put(
        "name", "<script>x</script>[[{{link}}|klik]] <a href=\"https://evil.example\">hier</a>");

    MailTemplates.Rendered mail = MailTemplates.render("invitation", "nl", evil);

    assertThat(mail.html()).doesNotContain("<script>", "<a href=\"https://evil.example\"");
    assertThat(mail.html()).contains("&lt;script&gt;", "[[{{link}}|klik]]");
    assertThat(mail.html().split("<a ", -1)).hasSize(2);
  }

  @Test
  void aMissingValueIsAnErrorNotAnEmptyHole() {
    assertThatThrownBy(() -> MailTemplates.render("invitation", "nl", Map.of("name", "x")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("{{");
  }

  @Test
  void everyTemplateExistsInBothLanguages() {
    for (String name :
        new String[] {
          "invitation",
          "activation",
          "password-reset",
          "password-changed",
          "email-confirm",
          "email-change-notice"
        }) {
      for (String language : new String[] {"nl", "en"}) {
        assertThat(MailTemplates.render(name, language, VALUES).subject())
            .as(name + " " + language)
            .isNotBlank();
      }
    }
  }

  @Test
  void aFailedMailWaitsTwiceAsLongEachTimeUpToAnHour() {
    Duration first = Duration.ofSeconds(30);

    assertThat(OutboxMail.waitAfter(1, first)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxMail.waitAfter(2, first)).isEqualTo(Duration.ofSeconds(60));
    assertThat(OutboxMail.waitAfter(5, first)).isEqualTo(Duration.ofMinutes(8));
    assertThat(OutboxMail.waitAfter(9, first)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void theInvoiceAndStatementMailsSayWhatIsReadyInBothLanguages() {
    Map<String, String> values =
        Map.of(
            "name", "Sanne",
            "period", "november 2026",
            "number", "2026-000123",
            "amount", "€ 963,60",
            "year", "2026",
            "organisation", "Kinderopvang De Zonnebloem",
            "portal", "https://portaal.example/portal/");

    MailTemplates.Rendered invoice = MailTemplates.render("invoice", "nl", values);
    assertThat(invoice.subject()).isEqualTo("Je factuur van november 2026 staat klaar");
    assertThat(invoice.text()).contains("2026-000123", "€ 963,60", "automatisch");
    assertThat(MailTemplates.render("invoice", "en", values).text()).contains("direct debit");
    assertThat(MailTemplates.render("annual-statement", "nl", values).subject())
        .isEqualTo("Je jaaropgave 2026 staat klaar");
    assertThat(MailTemplates.render("annual-statement", "en", values).html())
        .contains("href=\"https://portaal.example/portal/\"");
  }

  @Test
  void theDiaryExportMailSaysWhereAndForHowLongInBothLanguages() {
    Map<String, String> values =
        Map.of(
            "name", "Sanne",
            "child", "Noor",
            "weeks", "8",
            "organisation", "Kinderopvang De Zonnebloem",
            "portal", "https://portaal.example/portal/");

    MailTemplates.Rendered dutch = MailTemplates.render("diary-export", "nl", values);
    assertThat(dutch.subject()).isEqualTo("Het dagboek van Noor staat klaar");
    assertThat(dutch.text()).contains("Hallo Sanne,", "Documenten en jaaropgaven", "nog 8 weken");
    MailTemplates.Rendered english = MailTemplates.render("diary-export", "en", values);
    assertThat(english.subject()).isEqualTo("The diary of Noor is ready");
    assertThat(english.text()).contains("Hello Sanne,", "for 8 more weeks");
    assertThat(english.html()).contains("href=\"https://portaal.example/portal/\"");
  }

  @Test
  void theAnswerToAQuestionQuotesItAndLinksToTheThreadInBothLanguages() {
    Map<String, String> values =
        Map.of(
            "name", "Sanne",
            "subject", "Woensdag erbij <vanaf januari>",
            "author", "Eva",
            "text", "Dat kan.\nWe sturen je een nieuw contract & de voorwaarden.",
            "link", "https://portaal.example/portal/question.xhtml?id=42",
            "organisation", "Kinderopvang De Zonnebloem",
            "portal", "https://portaal.example/portal/");

    MailTemplates.Rendered dutch = MailTemplates.render("question-answered", "nl", values);
    MailTemplates.Rendered english = MailTemplates.render("question-answered", "en", values);

    assertThat(dutch.subject()).isEqualTo("Antwoord op je vraag: Woensdag erbij <vanaf januari>");
    assertThat(dutch.text())
        .contains(
            "Eva van het Servicepunt",
            "We sturen je een nieuw contract & de voorwaarden.",
            "Lees en reageer in het ouderportaal: https://portaal.example/portal/question.xhtml?id=42");
    assertThat(english.subject()).startsWith("Answer to your question: ");
    assertThat(english.text()).contains("Eva of the service desk", "close it");
    assertThat(dutch.html())
        .contains("href=\"https://portaal.example/portal/question.xhtml?id=42\"")
        .contains("Woensdag erbij &lt;vanaf januari&gt;", "contract &amp; de voorwaarden")
        .doesNotContain("<vanaf januari>");
  }

  @Test
  void theNewsMailsSayWhereTheNewsIsFromAndLinkToIt() {
    Map<String, String> values =
        Map.of(
            "name", "Sanne",
            "from", "De Boomhut",
            "title", "Zomerfeest <op vrijdag>",
            "excerpt", "Op vrijdag 20 juni vieren we het zomerfeest & iedereen is welkom.",
            "link", "https://portaal.example/portal/news-item.xhtml?id=42",
            "organisation", "Kinderopvang Hoera",
            "portal", "https://portaal.example/portal/");

    MailTemplates.Rendered news = MailTemplates.render("news-item", "nl", values);
    assertThat(news.subject()).isEqualTo("Nieuws van De Boomhut: Zomerfeest <op vrijdag>");
    assertThat(news.text())
        .contains(
            "Hallo Sanne,",
            "iedereen is welkom",
            "Lees het in het ouderportaal: https://portaal.example/portal/news-item.xhtml?id=42");
    assertThat(news.html())
        .contains("Zomerfeest &lt;op vrijdag&gt;", "zomerfeest &amp; iedereen")
        .contains("href=\"https://portaal.example/portal/news-item.xhtml?id=42\"");
    assertThat(MailTemplates.render("news-item", "en", values).subject())
        .isEqualTo("News from De Boomhut: Zomerfeest <op vrijdag>");

    MailTemplates.Rendered newsletter = MailTemplates.render("newsletter", "nl", values);
    assertThat(newsletter.subject())
        .isEqualTo("Nieuwsbrief van De Boomhut: Zomerfeest <op vrijdag>");
    assertThat(newsletter.text()).contains("onder Locatie", "news-item.xhtml?id=42");
    assertThat(MailTemplates.render("newsletter", "en", values).text())
        .contains("under Location", "news-item.xhtml?id=42");
  }
}
