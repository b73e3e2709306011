package nl.ouderportaal.domain.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;

/**
 * A family's invoice for a month while it is being put together: contract care for the month, plus
 * the charges of extra care and late cancellations since the last invoice. It takes an invoice
 * number only when it is {@linkplain #issue issued}, and only when there is something to charge, so
 * the series of numbers has no gaps.
 */
public final class InvoiceDraft {

  private final Family family;
  private final Debtor debtor;
  private final YearMonth period;
  private final List<InvoiceLine> lines = new ArrayList<>();

  /**
   * @param parents the family's parents, who are the debtor
   * @throws IllegalArgumentException when the family has no parent
   */
  public InvoiceDraft(Family family, List<Parent> parents, YearMonth period) {
    this.family = Objects.requireNonNull(family, "family");
    this.debtor = Debtor.of(family, parents);
    this.period = Objects.requireNonNull(period, "period");
  }

  /** Adds the contract's instalment for the month, if the contract covers a day of it. */
  public InvoiceDraft addContractCare(Contract contract) {
    requireOwnChild(contract.child());
    new ContractCare(contract).lineFor(period).ifPresent(lines::add);
    return this;
  }

  /** Adds extra care or a late cancellation in full. */
  public InvoiceDraft addCharge(CareCharge charge) {
    requireOwnChild(charge.child());
    lines.add(charge.toLine());
    return this;
  }

  private void requireOwnChild(Child child) {
    if (!child.family().id().equals(family.id())) {
      throw new IllegalArgumentException(child.fullName() + " is not a child of " + family.name());
    }
  }

  /** Nothing to charge: no invoice is issued and no number is used. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public List<InvoiceLine> lines() {
    return List.copyOf(lines);
  }

  public Money total() {
    return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * The invoice, with the next number of the series and the parents' names and address as they were
   * when the draft was made.
   */
  public Invoice issue(InvoiceNumber number, LocalDate invoiceDate) {
    if (isEmpty()) {
      throw new IllegalStateException("nothing to invoice for " + family.name() + " in " + period);
    }
    return new Invoice(number, invoiceDate, period, family.organisation().name(), debtor, lines);
  }
}
