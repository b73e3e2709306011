package nl.ouderportaal.domain.question;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * 'Stel een vraag' for parents: ask the service desk a question (also to pass on a structural
 * change of a contract), add to it, close it. Both parents of a family see and write in the
 * family's questions; to anyone else a question of the family does not exist.
 */
@Stateless
public class Questions {

  /** A question as the lists show it. */
  public record Summary(
      UUID id,
      String subject,
      Topic topic,
      QuestionStatus status,
      UUID childId,
      String childName,
      UUID familyId,
      String familyName,
      Instant createdAt,
      Instant updatedAt,
      Instant waitingSince)
      implements Serializable {}

  /** A message of the thread. */
  public record Message(
      UUID id, String authorName, boolean byServiceDesk, Instant writtenAt, String text)
      implements Serializable {}

  /** A question with its thread, oldest message first. */
  public record Detail(Summary question, List<Message> messages) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The calling parent asks; the question waits for the service desk. */
  public UUID ask(QuestionDraft draft) {
    Parent parent = access.parentOfCaller();
    Family family = parent.family();
    Child child = draft.childId() == null ? null : ownChild(family, draft.childId());
    Question question =
        new Question(
            family,
            child,
            draft.topic(),
            draft.subject(),
            author(parent),
            draft.text(),
            clock.instant());
    em.persist(question);
    return question.id();
  }

  /** The family's questions, the one with the newest activity first. */
  public List<Summary> mine() {
    Family family = access.familyOfCaller();
    return em.createNamedQuery("Question.ofFamily", Question.class)
        .setParameter("family", family)
        .getResultStream()
        .map(Questions::summary)
        .toList();
  }

  /** How many of the family's questions the service desk answered and nobody closed yet. */
  public long answeredCount() {
    Family family = access.familyOfCaller();
    return em.createQuery(
            "select count(q) from Question q where q.family = :family and q.status = :answered",
            Long.class)
        .setParameter("family", family)
        .setParameter("answered", QuestionStatus.ANSWERED)
        .getSingleResult();
  }

  public Detail question(UUID questionId) {
    return detail(ofCallersFamily(questionId));
  }

  /** A parent adds to the thread; after an answer the question waits for the service desk again. */
  public void reply(UUID questionId, String text) {
    Parent parent = access.parentOfCaller();
    Question question = ofFamily(parent.family(), questionId);
    question.reply(author(parent), text, clock.instant());
  }

  /** A parent closes the question: the matter is done. */
  public void close(UUID questionId) {
    Parent parent = access.parentOfCaller();
    Question question = ofFamily(parent.family(), questionId);
    question.close(clock.instant());
    audit.record(parent.accountId(), "QUESTION_CLOSED", "QUESTION", question.id(), "by parent");
  }

  private Question ofCallersFamily(UUID questionId) {
    return ofFamily(access.familyOfCaller(), questionId);
  }

  private Question ofFamily(Family family, UUID questionId) {
    Question question = questionId == null ? null : em.find(Question.class, questionId);
    if (question == null || !question.family().id().equals(family.id())) {
      throw new NotFoundException();
    }
    return question;
  }

  private Child ownChild(Family family, UUID childId) {
    Child child = access.readable(childId);
    if (!child.family().id().equals(family.id())) {
      throw new NotFoundException();
    }
    return child;
  }

  private static Author author(Parent parent) {
    return Author.parent(parent.accountId(), parent.fullName());
  }

  static Summary summary(Question q) {
    Child child = q.child();
    return new Summary(
        q.id(),
        q.subject(),
        q.topic(),
        q.status(),
        child == null ? null : child.id(),
        child == null ? null : child.fullName(),
        q.family().id(),
        q.family().name(),
        q.createdAt(),
        q.updatedAt(),
        q.waitingSince());
  }

  static Detail detail(Question q) {
    return new Detail(
        summary(q),
        q.messages().stream()
            .map(
                m ->
                    new Message(m.id(), m.authorName(), m.byServiceDesk(), m.writtenAt(), m.text()))
            .toList());
  }
}
