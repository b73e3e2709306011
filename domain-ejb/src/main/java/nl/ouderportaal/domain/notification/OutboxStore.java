package nl.ouderportaal.domain.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's steps on the outbox, each in a transaction of its own, so that a mail is claimed
 * before it is sent and marked sent right after.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  /** How long a claim holds: a server that dies while sending frees its mails after this. */
  private static final Duration CLAIM = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<UUID> due(int max) {
    return em.createNamedQuery("OutboxMail.due", UUID.class)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  /** The mail, if this server got it: no other server is sending it, and it is not sent yet. */
  public Optional<OutboxMail> claim(UUID id) {
    Instant now = clock.instant();
    int claimed =
        em.createNamedQuery("OutboxMail.claim")
            .setParameter("id", id)
            .setParameter("now", now)
            .setParameter("until", now.plus(CLAIM))
            .executeUpdate();
    return claimed == 1 ? Optional.of(em.find(OutboxMail.class, id)) : Optional.empty();
  }

  public void sent(UUID id) {
    em.find(OutboxMail.class, id).sent(clock.instant());
  }

  public void failed(UUID id, String error, Duration firstWait) {
    em.find(OutboxMail.class, id).failed(error, clock.instant(), firstWait);
  }
}
