package nl.ouderportaal.domain.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;

/**
 * Keeps the items a job skipped, for the batch module's skip listeners. In a transaction of its
 * own: the chunk's transaction may still roll back, and the reason must stay.
 */
@Stateless
public class JobFailures {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      long jobExecutionId,
      String jobName,
      UUID organisationId,
      JobItemFailure.ItemType itemType,
      UUID itemId,
      String itemName,
      String reason,
      String detail) {
    em.persist(
        new JobItemFailure(
            jobExecutionId,
            jobName,
            organisationId,
            itemType,
            itemId,
            itemName,
            reason,
            detail,
            clock.instant()));
  }
}
