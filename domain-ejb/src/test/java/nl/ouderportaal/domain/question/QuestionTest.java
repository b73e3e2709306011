package nl.ouderportaal.domain.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

class QuestionTest {

  private final Organisation organisation =
      new Organisation(
          "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67");
  private final Address address = new Address("Oudegracht 210", "3511 NR", "Utrecht");
  private final Family deVries = new Family(organisation, "De Vries", address);
  private final Child daan = new Child(deVries, "Daan", "de Vries", LocalDate.of(2020, 9, 2));
  private final Author sanne = Author.parent(UUID.randomUUID(), "Sanne de Vries");
  private final Author thomas = Author.parent(UUID.randomUUID(), "Thomas de Vries");
  private final Author eva = Author.serviceDesk(UUID.randomUUID(), "Eva");
  private final Instant asked = Instant.parse("2026-11-02T08:15:00Z");

  @Test
  void aNewQuestionWaitsForTheServiceDeskWithTheFirstMessage() {
    Question question =
        new Question(
            deVries,
            daan,
            Topic.CONTRACT_CHANGE,
            "  Vanaf januari de woensdag erbij  ",
            sanne,
            "  Kan Daan vanaf januari ook op woensdag naar de BSO?\n\nGroet, Sanne ",
            asked);

    assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
    assertThat(question.waitingSince()).isEqualTo(asked);
    assertThat(question.createdAt()).isEqualTo(asked);
    assertThat(question.updatedAt()).isEqualTo(asked);
    assertThat(question.subject()).isEqualTo("Vanaf januari de woensdag erbij");
    assertThat(question.child()).isSameAs(daan);
    assertThat(question.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.number()).isEqualTo(1);
              assertThat(m.authorName()).isEqualTo("Sanne de Vries");
              assertThat(m.byServiceDesk()).isFalse();
              assertThat(m.text())
                  .isEqualTo("Kan Daan vanaf januari ook op woensdag naar de BSO?\n\nGroet, Sanne");
            });
  }

  @Test
  void anAnswerStopsTheWaitAndAReplyStartsANewOne() {
    Question question = general();
    Instant answered = asked.plus(Duration.ofHours(3));
    Instant replied = answered.plus(Duration.ofDays(1));

    question.answer(eva, "Dat kan. We sturen je een nieuw contract.", answered);
    assertThat(question.status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(question.waitingSince()).isNull();
    assertThat(question.updatedAt()).isEqualTo(answered);

    question.reply(thomas, "Dank je. Gaat het in per 1 januari?", replied);
    assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
    assertThat(question.waitingSince())
        .as("waits from the reply, not the question")
        .isEqualTo(replied);
    assertThat(question.messages())
        .extracting(
            QuestionMessage::number, QuestionMessage::authorName, QuestionMessage::byServiceDesk)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Sanne de Vries", false),
            org.assertj.core.groups.Tuple.tuple(2, "Eva", true),
            org.assertj.core.groups.Tuple.tuple(3, "Thomas de Vries", false));
  }

  @Test
  void aSecondMessageWhileWaitingKeepsTheOriginalWait() {
    Question question = general();

    question.reply(sanne, "Nog een aanvulling.", asked.plus(Duration.ofHours(1)));

    assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
    assertThat(question.waitingSince()).isEqualTo(asked);
    assertThat(question.updatedAt()).isEqualTo(asked.plus(Duration.ofHours(1)));
  }

  @Test
  void messagesInTheSameInstantKeepTheirOrder() {
    Question question = general();

    question.reply(sanne, "tweede", asked);
    question.answer(eva, "derde", asked);

    assertThat(question.messages())
        .extracting(QuestionMessage::text)
        .containsExactly("Hoe werkt de jaaropgave?", "tweede", "derde");
  }

  @Test
  void aClosedQuestionTakesNothingMore() {
    Question question = general();
    Instant closed = asked.plus(Duration.ofDays(2));

    question.close(closed);

    assertThat(question.status()).isEqualTo(QuestionStatus.CLOSED);
    assertThat(question.waitingSince()).isNull();
    assertThat(question.updatedAt()).isEqualTo(closed);
    assertRefused(() -> question.reply(sanne, "Toch nog iets", closed), "question.closed", null);
    assertRefused(
        () -> question.answer(eva, "Alsnog een antwoord", closed), "question.closed", null);
    assertRefused(() -> question.close(closed), "question.closed", null);
    assertThat(question.messages()).hasSize(1);
  }

  @Test
  void subjectTopicAndTextAreRequiredWithinTheirLimits() {
    assertRefused(
        () -> new Question(deVries, null, null, "Iets", sanne, "Vraag", asked),
        "question.topicRequired",
        "topic");
    assertRefused(
        () -> new Question(deVries, null, Topic.GENERAL, "   ", sanne, "Vraag", asked),
        "question.subjectRequired",
        "subject");
    assertRefused(
        () -> new Question(deVries, null, Topic.GENERAL, "x".repeat(121), sanne, "Vraag", asked),
        "question.subjectTooLong",
        "subject");
    assertRefused(
        () -> new Question(deVries, null, Topic.GENERAL, "Iets", sanne, "\n \n", asked),
        "question.textRequired",
        "text");
    assertRefused(
        () -> new Question(deVries, null, Topic.GENERAL, "Iets", sanne, "x".repeat(4001), asked),
        "question.textTooLong",
        "text");
    assertThat(
            new Question(
                    deVries, null, Topic.OTHER, "x".repeat(120), sanne, "y".repeat(4000), asked)
                .messages())
        .hasSize(1);
    Question question = general();
    assertRefused(() -> question.answer(eva, " ", asked), "question.textRequired", "text");
    assertRefused(() -> question.reply(sanne, null, asked), "question.textRequired", "text");
    assertThat(question.messages()).hasSize(1);
  }

  @Test
  void aContractChangeNamesTheChildAndOnlyAChildOfTheFamily() {
    assertRefused(
        () ->
            new Question(deVries, null, Topic.CONTRACT_CHANGE, "Meer uren", sanne, "Graag", asked),
        "question.childRequired",
        "child");
    Family other = new Family(organisation, "Jansen", address);
    Child liam = new Child(other, "Liam", "Jansen", LocalDate.of(2025, 9, 1));
    assertThatThrownBy(
            () -> new Question(deVries, liam, Topic.GENERAL, "Iets", sanne, "Vraag", asked))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Question(deVries, daan, Topic.INVOICE, "Factuur", sanne, "Klopt dit?", asked)
                .child())
        .isSameAs(daan);
  }

  @Test
  void parentsAskAndReplyAndOnlyTheServiceDeskAnswers() {
    assertThatThrownBy(
            () -> new Question(deVries, null, Topic.GENERAL, "Iets", eva, "Vraag", asked))
        .isInstanceOf(IllegalArgumentException.class);
    Question question = general();
    assertThatThrownBy(() -> question.answer(sanne, "Zelf beantwoord", asked))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> question.reply(eva, "Als ouder?", asked))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAContractChangeNeedsAChild() {
    assertThat(Topic.values()).filteredOn(Topic::needsChild).containsExactly(Topic.CONTRACT_CHANGE);
  }

  private Question general() {
    return new Question(
        deVries, null, Topic.GENERAL, "Jaaropgave", sanne, "Hoe werkt de jaaropgave?", asked);
  }

  private static void assertRefused(Runnable action, String key, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
