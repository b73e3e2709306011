package nl.ouderportaal.batch.invoicing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import nl.ouderportaal.domain.billing.InvoiceInput;
import nl.ouderportaal.domain.billing.InvoiceRun;

/**
 * Reads the families to invoice for the month, in id order, a page of ids at a time, and for each
 * what its invoice is made from. The checkpoint is the last family id read: a restarted run asks
 * for the ids after it, so it never starts over and never skips a family.
 */
@Named
@Dependent
public class FamiliesToInvoice extends AbstractItemReader {

  static final int PAGE = 200;

  @Inject private InvoiceRun invoiceRun;

  @Inject
  @BatchProperty(name = "period")
  private String period;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  private YearMonth month;
  private UUID organisationId;
  private final Deque<UUID> page = new ArrayDeque<>();
  private UUID last;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    month = YearMonth.parse(period);
    organisationId =
        organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation);
    last = (UUID) checkpoint;
  }

  @Override
  public InvoiceInput readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(invoiceRun.familiesToInvoice(organisationId, month, last, PAGE));
      exhausted = page.size() < PAGE;
    }
    UUID next = page.poll();
    if (next == null) {
      return null;
    }
    last = next;
    return invoiceRun.inputFor(next, month);
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
