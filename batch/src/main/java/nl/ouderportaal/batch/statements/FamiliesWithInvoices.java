package nl.ouderportaal.batch.statements;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import nl.ouderportaal.domain.billing.InvoiceRun;

/**
 * Reads the families that were invoiced in the year, in id order, with their invoices; the
 * checkpoint is the last family id read, as in the invoicing job.
 */
@Named
@Dependent
public class FamiliesWithInvoices extends AbstractItemReader {

  static final int PAGE = 200;

  @Inject private InvoiceRun invoiceRun;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  private int statementYear;
  private UUID organisationId;
  private final Deque<UUID> page = new ArrayDeque<>();
  private UUID last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    statementYear = Integer.parseInt(year.strip());
    organisationId =
        organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation);
    last = (UUID) checkpoint;
  }

  @Override
  public FamilyYear readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(invoiceRun.familiesWithInvoices(organisationId, statementYear, last, PAGE));
      exhausted = page.size() < PAGE;
    }
    UUID next = page.poll();
    if (next == null) {
      return null;
    }
    last = next;
    return new FamilyYear(next, statementYear, invoiceRun.invoicesFor(next, statementYear));
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
