package nl.ouderportaal.domain.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;

/** One message in a question's thread, by a parent or by the service desk. Never changed. */
@Entity
@Table(name = "question_message")
public class QuestionMessage {

  static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id")
  private Question question;

  /** The place in the thread, from 1: two messages in the same instant keep their order. */
  @Column(name = "message_number", nullable = false)
  private int number;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "by_service_desk", nullable = false)
  private boolean byServiceDesk;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(nullable = false)
  private String text;

  protected QuestionMessage() {}

  QuestionMessage(Question question, int number, Author author, String text, Instant now) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("question.textRequired").on("text");
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT) {
      throw new BusinessException("question.textTooLong", MAX_TEXT).on("text");
    }
    this.id = UUID.randomUUID();
    this.question = Objects.requireNonNull(question, "question");
    this.number = number;
    this.authorId = author.accountId();
    this.authorName = author.name();
    this.byServiceDesk = author.serviceDesk();
    this.writtenAt = Objects.requireNonNull(now, "now");
    this.text = stripped;
  }

  public UUID id() {
    return id;
  }

  public int number() {
    return number;
  }

  public UUID authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public boolean byServiceDesk() {
    return byServiceDesk;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String text() {
    return text;
  }
}
