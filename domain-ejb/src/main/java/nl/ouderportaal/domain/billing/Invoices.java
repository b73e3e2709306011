package nl.ouderportaal.domain.billing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * 'Facturen': a family's invoices, newest first, and the PDF of each, for the family's parents and
 * the service desk. Another family's invoice does not exist for the caller.
 */
@Stateless
public class Invoices {

  /** An invoice in the list. */
  public record Summary(
      UUID id,
      String number,
      YearMonth period,
      LocalDate invoiceDate,
      InvoiceStatus status,
      BigDecimal total)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private Documents documents;

  /** The calling parent's family's invoices, the latest month first. */
  public List<Summary> mine() {
    return of(access.familyOfCaller().id());
  }

  /** The largest page of a family's invoices given at once. */
  public static final int MAX_PAGE = 100;

  /**
   * A page of a family's invoices, the latest month first, for its parents and the service desk of
   * its organisation.
   */
  public List<Summary> ofFamily(UUID familyId, int first, int max) {
    return em.createNamedQuery("IssuedInvoice.ofFamily", IssuedInvoice.class)
        .setParameter("family", access.readableFamily(familyId).id())
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
        .getResultStream()
        .map(Invoices::summary)
        .toList();
  }

  /** How many invoices a family has, for whoever may see its invoices. */
  public long countOfFamily(UUID familyId) {
    return em.createNamedQuery("IssuedInvoice.countOfFamily", Long.class)
        .setParameter("family", access.readableFamily(familyId).id())
        .getSingleResult();
  }

  /** How to answer a download of the invoice's PDF. */
  public FileDownload download(UUID invoiceId) {
    return documents.download(readable(invoiceId).documentId());
  }

  /** Streams the invoice's PDF to {@code out}. */
  public void streamPdf(UUID invoiceId, OutputStream out) {
    documents.streamTo(readable(invoiceId).documentId(), out);
  }

  private List<Summary> of(UUID familyId) {
    return em.createNamedQuery("IssuedInvoice.ofFamily", IssuedInvoice.class)
        .setParameter("family", familyId)
        .getResultStream()
        .map(Invoices::summary)
        .toList();
  }

  private static Summary summary(IssuedInvoice i) {
    return new Summary(
        i.id(), i.number().toString(), i.period(), i.invoiceDate(), i.status(), i.total().amount());
  }

  private IssuedInvoice readable(UUID invoiceId) {
    IssuedInvoice invoice = invoiceId == null ? null : em.find(IssuedInvoice.class, invoiceId);
    if (invoice == null || invoice.documentId() == null) {
      throw new NotFoundException();
    }
    access.readableFamily(invoice.familyId());
    return invoice;
  }
}
