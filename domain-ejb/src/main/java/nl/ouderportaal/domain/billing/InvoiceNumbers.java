package nl.ouderportaal.domain.billing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Organisation;

/**
 * Hands out invoice numbers from the gap-free series of an organisation and year. The number is
 * taken under a row lock in the caller's transaction, the one that stores the invoice: a second run
 * waits until the first commits, and an invoice that is rolled back gives its number back.
 */
@Stateless
public class InvoiceNumbers {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;

  /** The next number; only inside the transaction that stores the invoice with it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public InvoiceNumber next(UUID organisationId, int year) {
    InvoiceNumberSequence.Key key = new InvoiceNumberSequence.Key(organisationId, year);
    InvoiceNumberSequence sequence =
        em.find(InvoiceNumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      try {
        context.getBusinessObject(InvoiceNumbers.class).open(organisationId, year);
      } catch (EJBException openedByAnotherRun) {
        // two runs started the year at once; the other one's row is there now
      }
      sequence = em.find(InvoiceNumberSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return sequence.take();
  }

  /**
   * Starts the series of a year in a transaction of its own, so that the row exists (committed)
   * before anyone locks it. Two runs starting the year at once take turns on the organisation's
   * row, and the second finds the series there; should the lock not hold them apart, the primary
   * key does, and the caller goes on with the other run's row.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(UUID organisationId, int year) {
    em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (em.find(InvoiceNumberSequence.class, new InvoiceNumberSequence.Key(organisationId, year))
        == null) {
      em.persist(new InvoiceNumberSequence(organisationId, year));
      em.flush();
    }
  }
}
