package nl.ouderportaal.domain.question;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * A family's question to the service desk: a subject, a topic, perhaps the child it is about, and
 * the thread of messages. Asked, it is open and waits for the service desk. An answer makes it
 * answered; a parent's reply to an answer opens it again, waiting from that moment. Either side can
 * close it; a closed question takes nothing more (the parent asks a new one).
 */
@Entity
@Table(name = "question")
@NamedQuery(
    name = "Question.ofFamily",
    query =
        "select q from Question q left join fetch q.child where q.family = :family"
            + " order by q.updatedAt desc, q.id")
@NamedQuery(
    name = "Question.countByStatus",
    query =
        "select q.status, count(q) from Question q where q.family.organisation.id = :organisation"
            + " group by q.status")
public class Question {

  static final int MAX_SUBJECT = 120;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "family_id")
  private Family family;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "child_id")
  private Child child;

  @Column(nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Topic topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The latest message or close: the parents' list shows the newest activity first. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Set exactly while open: the queue shows the question that waits longest first. */
  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Version private int version;

  @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<QuestionMessage> messages = new ArrayList<>();

  protected Question() {}

  /**
   * A parent asks. The child, if any, must be of the family; a contract change needs one, because a
   * contract is a child's.
   */
  public Question(
      Family family,
      Child child,
      Topic topic,
      String subject,
      Author asker,
      String text,
      Instant now) {
    this.family = Objects.requireNonNull(family, "family");
    if (topic == null) {
      throw new BusinessException("question.topicRequired").on("topic");
    }
    this.topic = topic;
    if (child == null && topic.needsChild()) {
      throw new BusinessException("question.childRequired").on("child");
    }
    if (child != null && !child.family().id().equals(family.id())) {
      throw new IllegalArgumentException("a child of another family");
    }
    this.child = child;
    this.subject = subject(subject);
    requireParent(asker);
    this.id = UUID.randomUUID();
    this.createdAt = Objects.requireNonNull(now, "now");
    add(asker, text, now);
    open(now);
  }

  /** A parent adds to the thread; after an answer, that opens the question again. */
  public void reply(Author parent, String text, Instant now) {
    requireParent(parent);
    requireNotClosed();
    add(parent, text, now);
    if (status != QuestionStatus.OPEN) {
      open(now);
    }
  }

  /** The service desk answers; the question no longer waits. */
  public void answer(Author desk, String text, Instant now) {
    if (!desk.serviceDesk()) {
      throw new IllegalArgumentException("only the service desk answers");
    }
    requireNotClosed();
    add(desk, text, now);
    status = QuestionStatus.ANSWERED;
    waitingSince = null;
  }

  public void close(Instant now) {
    requireNotClosed();
    status = QuestionStatus.CLOSED;
    waitingSince = null;
    updatedAt = now;
  }

  private void open(Instant now) {
    status = QuestionStatus.OPEN;
    waitingSince = now;
  }

  private void add(Author author, String text, Instant now) {
    QuestionMessage message = new QuestionMessage(this, messages.size() + 1, author, text, now);
    messages.add(message);
    updatedAt = now;
  }

  private void requireNotClosed() {
    if (status == QuestionStatus.CLOSED) {
      throw new BusinessException("question.closed");
    }
  }

  private static void requireParent(Author author) {
    if (Objects.requireNonNull(author, "author").serviceDesk()) {
      throw new IllegalArgumentException("a parent asks and replies");
    }
  }

  private static String subject(String subject) {
    if (subject == null || subject.isBlank()) {
      throw new BusinessException("question.subjectRequired").on("subject");
    }
    String stripped = subject.strip();
    if (stripped.length() > MAX_SUBJECT) {
      throw new BusinessException("question.subjectTooLong", MAX_SUBJECT).on("subject");
    }
    return stripped;
  }

  public UUID id() {
    return id;
  }

  public Family family() {
    return family;
  }

  /** The child it is about, or null. */
  public Child child() {
    return child;
  }

  public String subject() {
    return subject;
  }

  public Topic topic() {
    return topic;
  }

  public QuestionStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Since when it waits for the service desk, or null when it does not wait. */
  public Instant waitingSince() {
    return waitingSince;
  }

  /** The thread, oldest first. */
  public List<QuestionMessage> messages() {
    return List.copyOf(messages);
  }
}
