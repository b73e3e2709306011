package nl.ouderportaal.domain.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mails sent to an address, as the service desk may see them: subject, when queued and sent,
 * attempts and the last error. Never the text: an invitation or reset mail holds a link that still
 * works.
 */
@Dependent
public class MailLog {

  /** Where a mail stands. */
  public enum State {
    QUEUED,
    SENT,
    FAILED
  }

  /** One mail without its text. */
  public record Mail(
      String recipient,
      String subject,
      Instant queuedAt,
      Instant sentAt,
      Instant failedAt,
      int attempts,
      String lastError)
      implements Serializable {

    public State state() {
      return sentAt != null ? State.SENT : failedAt != null ? State.FAILED : State.QUEUED;
    }
  }

  @PersistenceContext private EntityManager em;

  /** The newest mails to an address. */
  public List<Mail> to(String recipient, int max) {
    return toAll(List.of(recipient), max).getOrDefault(recipient, List.of());
  }

  /** The newest mails to each of these addresses, at most {@code max} each, in one query. */
  public Map<String, List<Mail>> toAll(Collection<String> recipients, int max) {
    if (recipients.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select m.recipient, m.subject, m.createdAt, m.sentAt, m.failedAt, m.attempts,"
                + " m.lastError from OutboxMail m where m.recipient in :recipients"
                + " order by m.createdAt desc",
            Object[].class)
        .setParameter("recipients", recipients)
        .setMaxResults(max * recipients.size())
        .getResultStream()
        .map(
            row ->
                new Mail(
                    (String) row[0],
                    (String) row[1],
                    (Instant) row[2],
                    (Instant) row[3],
                    (Instant) row[4],
                    (Integer) row[5],
                    (String) row[6]))
        .collect(
            Collectors.groupingBy(
                Mail::recipient,
                LinkedHashMap::new,
                Collectors.collectingAndThen(
                    Collectors.toList(), all -> all.subList(0, Math.min(max, all.size())))));
  }
}
