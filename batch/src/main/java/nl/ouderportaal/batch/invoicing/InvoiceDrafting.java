package nl.ouderportaal.batch.invoicing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.billing.InvoiceDraft;
import nl.ouderportaal.domain.billing.InvoiceInput;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Drafts a family's invoice from what the reader read: a pure function, so a unit test can call
 * {@link #draft} without a server. A family that cannot be invoiced is refused with the reason, and
 * the run goes on; a family with nothing to charge is filtered out (it uses no invoice number).
 */
@Named
@Dependent
public class InvoiceDrafting implements ItemProcessor {

  @Override
  public DraftedInvoice processItem(Object item) {
    return draft((InvoiceInput) item);
  }

  /**
   * The draft, or null when there is nothing to charge.
   *
   * @throws ItemRefused {@code job.failure.noParent} (nobody to send the invoice to and to collect
   *     it from) or {@code job.failure.invalidData} (a contract or charge breaks a rule of the
   *     model)
   */
  public static DraftedInvoice draft(InvoiceInput input) {
    if (!input.problems().isEmpty()) {
      throw refused(input, "job.failure.invalidData", String.join("; ", input.problems()));
    }
    if (input.parents().isEmpty()) {
      throw refused(input, "job.failure.noParent", null);
    }
    InvoiceDraft draft;
    try {
      draft = input.draft();
    } catch (IllegalArgumentException | IllegalStateException broken) {
      throw refused(input, "job.failure.invalidData", broken.getMessage());
    }
    return draft.isEmpty() ? null : new DraftedInvoice(input, draft);
  }

  private static ItemRefused refused(InvoiceInput input, String reason, String detail) {
    return new ItemRefused(
        JobItemFailure.ItemType.FAMILY, input.familyId(), input.family().name(), reason, detail);
  }
}
