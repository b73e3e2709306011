package nl.ouderportaal.domain.question;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractBook;
import nl.ouderportaal.domain.family.ContractForm;
import nl.ouderportaal.domain.family.DeskScope;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.family.Words;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.Links;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The service desk's side of 'Stel een vraag': the queue of the organisation's questions (what
 * waits longest on top), a question with its family, the answer (told to the family's parents the
 * way each of them chose) and closing. Only the service desk, and only of the family's
 * organisation: for anyone else the queue is refused and a question does not exist.
 */
@Stateless
public class QuestionQueue {

  /** How many of the organisation's questions are in each status. */
  public record Counts(long open, long answered, long closed) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Links links;
  @Inject private Clock clock;
  @Inject private DeskScope scope;
  @Inject private ContractBook book;

  /** How many questions match the filters (null: any topic, any status). */
  public long count(Topic topic, QuestionStatus status) {
    return QueueQuery.count(em, organisation(), topic, status).getSingleResult();
  }

  /** A page of the queue: open questions first, the one waiting longest on top. */
  public List<Questions.Summary> page(Topic topic, QuestionStatus status, int first, int max) {
    return QueueQuery.page(em, organisation(), topic, status)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), 200))
        .getResultStream()
        .map(Questions::summary)
        .toList();
  }

  public Counts counts() {
    Map<QuestionStatus, Long> counts = new EnumMap<>(QuestionStatus.class);
    em.createNamedQuery("Question.countByStatus", Object[].class)
        .setParameter("organisation", organisation())
        .getResultList()
        .forEach(row -> counts.put((QuestionStatus) row[0], (Long) row[1]));
    return new Counts(
        counts.getOrDefault(QuestionStatus.OPEN, 0L),
        counts.getOrDefault(QuestionStatus.ANSWERED, 0L),
        counts.getOrDefault(QuestionStatus.CLOSED, 0L));
  }

  /** How many questions wait for the service desk, for the menu and the dashboard. */
  public long waitingCount() {
    return count(null, QuestionStatus.OPEN);
  }

  /** A question with its thread and its family (for the link to the family's page). */
  public Questions.Detail question(UUID questionId) {
    return Questions.detail(ofOrganisation(serviceDesk(), questionId));
  }

  /** Answers; the family's parents hear of it the way each of them chose. */
  public void answer(UUID questionId, String text) {
    StaffMember desk = serviceDesk();
    Question question = ofOrganisation(desk, questionId);
    question.answer(Author.serviceDesk(desk.accountId(), desk.firstName()), text, clock.instant());
    tell(question);
  }

  /**
   * Makes the contract change the parents asked for and answers the question with what changed, in
   * words they understand (in the language of the parent who asked): the child's contract {@code
   * contractId} changes from {@code from} on, or, without a contract, the child gets a new one.
   *
   * @return the id of the contract that runs from the change on
   */
  public UUID changeContract(UUID questionId, UUID contractId, LocalDate from, ContractForm form) {
    StaffMember staff = serviceDesk();
    Question question = ofOrganisation(staff, questionId);
    Child child = question.child();
    if (question.topic() != Topic.CONTRACT_CHANGE || child == null) {
      throw new BusinessException("question.notAContractChange");
    }
    if (question.status() == QuestionStatus.CLOSED) {
      throw new BusinessException("question.closed");
    }
    DeskScope.Desk desk = scope.desk();
    Contract running;
    Contract.Terms before = null;
    LocalDate start;
    if (contractId == null) {
      running = book.add(desk, child, form);
      start = running.period().start();
    } else {
      Contract contract = scope.contract(desk, contractId);
      if (!contract.child().id().equals(child.id())) {
        throw new NotFoundException();
      }
      before = contract.terms();
      running = book.change(desk, contract, from, form);
      start = from;
    }
    String language = accounts.recipient(question.messages().get(0).authorId()).language();
    String text = Words.in(language).contractChanged(child, before, running.terms(), start);
    question.answer(
        Author.serviceDesk(staff.accountId(), staff.firstName()), text, clock.instant());
    tell(question);
    return running.id();
  }

  public void close(UUID questionId) {
    StaffMember desk = serviceDesk();
    Question question = ofOrganisation(desk, questionId);
    question.close(clock.instant());
    audit.record(desk.accountId(), "QUESTION_CLOSED", "QUESTION", question.id(), "by service desk");
  }

  private void tell(Question question) {
    QuestionMessage answer = question.messages().get(question.messages().size() - 1);
    String link = "/question.xhtml?id=" + question.id();
    for (Parent parent :
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", question.family())
            .getResultList()) {
      if (parent.accountId() == null) {
        continue;
      }
      var recipient = accounts.recipient(parent.accountId());
      String title =
          ("en".equals(recipient.language())
                  ? "The service desk answered your question: "
                  : "Het Servicepunt heeft je vraag beantwoord: ")
              + question.subject();
      notifier.notify(
          recipient,
          Category.QUESTIONS,
          title,
          link,
          "question-answered",
          Map.of(
              "name", parent.firstName(),
              "subject", question.subject(),
              "author", answer.authorName(),
              "text", answer.text(),
              "link", links.portal(link),
              "organisation", question.family().organisation().name()));
    }
  }

  private Question ofOrganisation(StaffMember desk, UUID questionId) {
    Question question = questionId == null ? null : em.find(Question.class, questionId);
    if (question == null
        || !question.family().organisation().id().equals(desk.organisation().id())) {
      throw new NotFoundException();
    }
    return question;
  }

  private UUID organisation() {
    return serviceDesk().organisation().id();
  }

  private StaffMember serviceDesk() {
    currentUser.require(Role.SERVICEDESK);
    return access.staffOfCaller();
  }
}
