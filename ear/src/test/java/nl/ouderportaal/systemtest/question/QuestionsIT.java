package nl.ouderportaal.systemtest.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.audit.AuditEvent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Channel;
import nl.ouderportaal.domain.notification.Preferences;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.QuestionQueue;
import nl.ouderportaal.domain.question.QuestionStatus;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 'Stel een vraag' in the boundary: the parents of a family share their questions and nobody else
 * sees them; only the service desk of the family's organisation works the queue; an answer reaches
 * the parents the way they chose (the mail through the outbox, which MailDeliveryIT follows to the
 * mail server); a reply opens an answered question again, and a closed one takes nothing more.
 */
@ExtendWith(ArquillianExtension.class)
public class QuestionsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(QuestionsIT.class).addClass(SecondParent.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private Questions questions;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/QuestionQueue")
  private QuestionQueue queue;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Preferences")
  private Preferences preferences;

  @Inject private Fixtures fixtures;
  @Inject private SecondParent secondParent;

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  @Test
  public void bothParentsOfTheFamilyShareTheirQuestionsAndNobodyElseSeesThem() throws Exception {
    Scenario s = fixtures.scenario();
    UUID partner = secondParent.ofFamilyA(s);

    UUID id = ask(s, new QuestionDraft(Topic.INVOICE, null, "Factuur november", "Klopt dit?"));

    assertThat(as(partner, "PARENT", () -> questions.mine()))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.id()).isEqualTo(id);
              assertThat(q.subject()).isEqualTo("Factuur november");
              assertThat(q.status()).isEqualTo(QuestionStatus.OPEN);
              assertThat(q.familyName()).isEqualTo(s.familyAName());
            });
    as(partner, "PARENT", () -> reply(id, "Ik bedoel de tweede regel."));
    assertThat(asParentA(s, () -> questions.question(id)).messages())
        .extracting(m -> m.authorName() + ": " + m.text())
        .containsExactly(
            s.parentAName() + ": Klopt dit?",
            "Arjen Aalbers " + s.token() + ": Ik bedoel de tweede regel.");

    assertThat(asParentB(s, () -> questions.mine())).isEmpty();
    for (Callable<?> foreign :
        List.<Callable<?>>of(
            () -> asParentB(s, () -> questions.question(id)),
            () -> asParentB(s, () -> reply(id, "Van een ander gezin")),
            () -> asParentB(s, () -> close(id)),
            () -> asParentA(s, () -> questions.question(UUID.randomUUID())),
            () -> as(s.staffXAccount(), "STAFF", () -> questions.question(id)))) {
      assertThatThrownBy(foreign::call).isInstanceOf(NotFoundException.class);
    }
    assertThat(asParentA(s, () -> questions.question(id)).messages()).hasSize(2);
    assertThat(asParentA(s, () -> questions.question(id)).question().status())
        .as("not closed by parent B")
        .isEqualTo(QuestionStatus.OPEN);
  }

  @Test
  public void aContractChangeNamesOneOfTheFamilysOwnChildren() throws Exception {
    Scenario s = fixtures.scenario();

    assertThatThrownBy(
            () ->
                ask(
                    s,
                    new QuestionDraft(
                        Topic.CONTRACT_CHANGE, null, "Woensdag erbij", "Vanaf januari graag.")))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("question.childRequired");
              assertThat(e.field()).isEqualTo("child");
            });
    assertThatThrownBy(
            () ->
                ask(
                    s,
                    new QuestionDraft(
                        Topic.CONTRACT_CHANGE, s.childB1(), "Woensdag erbij", "Een ander kind")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> ask(s, new QuestionDraft(Topic.GENERAL, null, "x".repeat(121), "Te lang")))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    assertThat(asParentA(s, () -> questions.mine())).as("nothing half-stored").isEmpty();

    UUID id =
        ask(
            s,
            new QuestionDraft(
                Topic.CONTRACT_CHANGE, s.childA2(), "Woensdag erbij", "Vanaf januari graag."));

    Questions.Summary asked = asParentA(s, () -> questions.question(id)).question();
    assertThat(asked.childName()).isEqualTo(s.childA2Name());
    assertThat(asked.topic()).isEqualTo(Topic.CONTRACT_CHANGE);
  }

  @Test
  public void onlyTheServiceDeskOfTheFamilysOrganisationWorksTheQueue() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID id =
        ask(
            s,
            new QuestionDraft(
                Topic.CONTRACT_CHANGE, s.childA1(), "Vrijdag erbij", "Kan Abel ook op vrijdag?"));

    List<Questions.Summary> page = asDesk(s, () -> queue.page(null, null, 0, 20));
    assertThat(page)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.id()).isEqualTo(id);
              assertThat(q.familyId()).isEqualTo(s.familyA());
              assertThat(q.familyName()).isEqualTo(s.familyAName());
              assertThat(q.childName()).isEqualTo(s.childA1Name());
              assertThat(q.waitingSince()).isNotNull();
            });
    assertThat(asDesk(s, () -> queue.waitingCount())).isEqualTo(1);
    assertThat(asDesk(s, () -> queue.counts())).isEqualTo(new QuestionQueue.Counts(1, 0, 0));
    assertThat(asDesk(s, () -> queue.count(Topic.CONTRACT_CHANGE, QuestionStatus.OPEN)))
        .isEqualTo(1);
    assertThat(asDesk(s, () -> queue.page(Topic.INVOICE, null, 0, 20))).isEmpty();
    assertThat(asDesk(s, () -> queue.question(id)).messages())
        .extracting(Questions.Message::text)
        .containsExactly("Kan Abel ook op vrijdag?");

    assertThat(asDesk(other, () -> queue.page(null, null, 0, 20))).isEmpty();
    assertThat(asDesk(other, () -> queue.waitingCount())).isZero();
    for (Callable<?> refused :
        List.<Callable<?>>of(
            () -> asDesk(other, () -> queue.question(id)),
            () -> asDesk(other, () -> answer(id, "Van een andere organisatie")),
            () -> asDesk(other, () -> closeByDesk(id)),
            () -> as(s.staffXAccount(), "STAFF", () -> queue.page(null, null, 0, 20)),
            () -> as(s.staffXAccount(), "STAFF", () -> queue.waitingCount()),
            () -> as(s.staffXAccount(), "STAFF", () -> queue.question(id)),
            () -> as(s.staffXAccount(), "STAFF", () -> answer(id, "Als groepswerker")),
            () -> asParentA(s, () -> queue.page(null, null, 0, 20)),
            () -> asParentA(s, () -> answer(id, "Zelf beantwoord")))) {
      assertThatThrownBy(refused::call).isInstanceOf(NotFoundException.class);
    }
    assertThat(asParentA(s, () -> questions.question(id)).messages()).hasSize(1);
    assertThat(asParentA(s, () -> questions.question(id)).question().status())
        .isEqualTo(QuestionStatus.OPEN);
  }

  @Test
  public void anAnswerIsToldToTheParentAndAReplyOpensTheQuestionAgain() throws Exception {
    Scenario s = fixtures.scenario();
    UUID id =
        ask(s, new QuestionDraft(Topic.GENERAL, null, "Jaaropgave", "Wanneer komt de jaaropgave?"));
    String answer = "In januari, onder Documenten en jaaropgaven. " + s.token();

    asDesk(s, () -> answer(id, answer));

    Questions.Summary answered = asParentA(s, () -> questions.question(id)).question();
    assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(answered.waitingSince()).isNull();
    assertThat(asParentA(s, () -> questions.answeredCount())).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentAEmail())[0]).as("one mail queued").isEqualTo(1);
    assertThat(fixtures.latestMailText(s.parentAEmail()))
        .contains(answer, "Sara", "Jaaropgave", "/portal/question.xhtml?id=" + id);
    assertThat(portalNotifications(s.parentAAccount(), Category.QUESTIONS)).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentBEmail())[0]).as("another family hears nothing").isZero();
    assertThat(asDesk(s, () -> queue.waitingCount())).isZero();

    asParentA(s, () -> reply(id, "Dank je! En die van vorig jaar?"));

    Questions.Detail reopened = asDesk(s, () -> queue.question(id));
    assertThat(reopened.question().status()).isEqualTo(QuestionStatus.OPEN);
    assertThat(reopened.question().waitingSince())
        .as("waits from the reply on")
        .isEqualTo(reopened.messages().get(2).writtenAt());
    assertThat(reopened.messages())
        .extracting(Questions.Message::byServiceDesk)
        .containsExactly(false, true, false);
    assertThat(asDesk(s, () -> queue.waitingCount())).isEqualTo(1);
    assertThat(asParentA(s, () -> questions.answeredCount())).isZero();

    asDesk(s, () -> closeByDesk(id));

    assertThat(asParentA(s, () -> questions.question(id)).question().status())
        .isEqualTo(QuestionStatus.CLOSED);
    assertThatThrownBy(() -> asParentA(s, () -> reply(id, "Nog iets")))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("question.closed"));
    assertThatThrownBy(() -> asDesk(s, () -> answer(id, "Alsnog")))
        .isInstanceOf(BusinessException.class);
    assertThat(asDesk(s, () -> queue.counts())).isEqualTo(new QuestionQueue.Counts(0, 0, 1));
    assertThat(auditActions(id)).containsExactly("QUESTION_CLOSED");
    assertThat(fixtures.outbox(s.parentAEmail())[0]).as("only the answer was mailed").isEqualTo(1);
  }

  @Test
  public void aParentWhoChoseThePortalOnlyGetsNoMailAndAFailedAnswerTellsNobody() throws Exception {
    Scenario s = fixtures.scenario();
    asParentA(
        s,
        () -> {
          preferences.choose(Category.QUESTIONS, Channel.PORTAL);
          return null;
        });
    UUID id = ask(s, new QuestionDraft(Topic.OTHER, null, "Parkeren", "Waar kan ik parkeren?"));

    assertThatThrownBy(() -> asDesk(s, () -> answer(id, "   ")))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.field()).isEqualTo("text"));
    assertThat(portalNotifications(s.parentAAccount(), Category.QUESTIONS)).isZero();
    assertThat(asDesk(s, () -> queue.question(id)).question().status())
        .isEqualTo(QuestionStatus.OPEN);

    asDesk(s, () -> answer(id, "Achter het gebouw."));

    assertThat(portalNotifications(s.parentAAccount(), Category.QUESTIONS)).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentAEmail())[0]).isZero();
  }

  private UUID ask(Scenario s, QuestionDraft draft) throws Exception {
    return asParentA(s, () -> questions.ask(draft));
  }

  private Void reply(UUID id, String text) {
    questions.reply(id, text);
    return null;
  }

  private Void close(UUID id) {
    questions.close(id);
    return null;
  }

  private Void answer(UUID id, String text) {
    queue.answer(id, text);
    return null;
  }

  private Void closeByDesk(UUID id) {
    queue.close(id);
    return null;
  }

  private long portalNotifications(UUID account, Category category) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(n) from PortalNotification n where n.accountId = :account"
                  + " and n.category = :category",
              Long.class)
          .setParameter("account", account)
          .setParameter("category", category)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  private List<String> auditActions(UUID question) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createNamedQuery("AuditEvent.ofObject", AuditEvent.class)
          .setParameter("type", "QUESTION")
          .setParameter("id", question)
          .getResultStream()
          .map(AuditEvent::action)
          .toList();
    } finally {
      em.close();
    }
  }

  private static <T> T asParentA(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.parentAAccount(), "PARENT", action);
  }

  private static <T> T asParentB(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.parentBAccount(), "PARENT", action);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }

  private static <T> T as(UUID account, String role, Callable<T> action) throws Exception {
    return Caller.as(account, role, action);
  }
}
