package nl.ouderportaal.batch.invoicing;

import java.util.Objects;
import nl.ouderportaal.domain.billing.InvoiceDraft;
import nl.ouderportaal.domain.billing.InvoiceInput;

/** A family's invoice for the month, drafted and ready to be issued. */
public record DraftedInvoice(InvoiceInput input, InvoiceDraft draft) {

  public DraftedInvoice {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(draft, "draft");
    if (draft.isEmpty()) {
      throw new IllegalArgumentException("an empty draft is not issued");
    }
  }
}
