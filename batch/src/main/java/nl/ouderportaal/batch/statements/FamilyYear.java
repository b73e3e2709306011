package nl.ouderportaal.batch.statements;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.billing.Invoice;

/** A family's invoices that can hold care of the year. */
public record FamilyYear(UUID familyId, int year, List<Invoice> invoices) {

  public FamilyYear {
    Objects.requireNonNull(familyId, "familyId");
    invoices = List.copyOf(invoices);
  }

  /** The debtor's name on the latest invoice, to name the family in a report. */
  public String familyName() {
    return invoices.stream()
        .max(java.util.Comparator.comparing(Invoice::number))
        .map(i -> i.debtor().name())
        .orElse(familyId.toString());
  }
}
