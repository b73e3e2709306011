package nl.ouderportaal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail waiting to be sent, or sent. Made in the transaction of its cause, so a change that rolls
 * back leaves no mail. The dispatcher claims it (so that of two servers only one sends it), sends
 * it and marks it sent; after a failure it waits longer each time, and after {@link #MAX_ATTEMPTS}
 * it gives up and the mail stays as failed for the service desk to see.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
    name = "OutboxMail.due",
    query =
        "select m.id from OutboxMail m where m.sentAt is null and m.failedAt is null"
            + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
            + " order by m.nextAttemptAt")
@NamedQuery(
    name = "OutboxMail.claim",
    query =
        "update OutboxMail m set m.claimedUntil = :until where m.id = :id and m.sentAt is null"
            + " and m.failedAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
public class OutboxMail {

  static final int MAX_ATTEMPTS = 15;
  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @Id private UUID id;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  OutboxMail(String recipient, MailTemplates.Rendered mail, Instant now) {
    this.id = UUID.randomUUID();
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.subject =
        mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
    this.textBody = mail.text();
    this.htmlBody = mail.html();
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void sent(Instant now) {
    sentAt = now;
    claimedUntil = null;
    attempts++;
  }

  /** Sending failed: try again later, each time waiting twice as long, or give up. */
  void failed(String error, Instant now, Duration firstWait) {
    attempts++;
    claimedUntil = null;
    lastError =
        error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
    if (attempts >= MAX_ATTEMPTS) {
      failedAt = now;
    } else {
      nextAttemptAt = now.plus(waitAfter(attempts, firstWait));
    }
  }

  static Duration waitAfter(int attempts, Duration firstWait) {
    Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  public UUID id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant failedAt() {
    return failedAt;
  }
}
