package nl.ouderportaal.domain.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;

/**
 * Everything a family's invoice for a month is made from, read in one go: the family (with its
 * organisation), its parents (the debtor), the contracts that cover a day of the month (with child
 * and location), and the open charges up to the end of the month. Making the draft from this is a
 * pure function, which the invoicing job's processor is. A charge that could not be turned into an
 * invoice line (its data breaks a rule of the model) is left out and named in {@code problems}, so
 * the job reports the family instead of failing.
 */
public record InvoiceInput(
    Family family,
    YearMonth period,
    List<Parent> parents,
    List<Contract> contracts,
    List<OpenCharge> charges,
    List<String> problems) {

  /** A charge that waits for an invoice, with the id of the care module's record of it. */
  public record OpenCharge(UUID id, CareCharge charge) {

    public OpenCharge {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(charge, "charge");
    }
  }

  public InvoiceInput {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(period, "period");
    parents = List.copyOf(parents);
    contracts = List.copyOf(contracts);
    charges = List.copyOf(charges);
    problems = List.copyOf(problems);
  }

  public UUID familyId() {
    return family.id();
  }

  /** The draft: contract care of the month and every open charge, in full. */
  public InvoiceDraft draft() {
    InvoiceDraft draft = new InvoiceDraft(family, parents, period);
    contracts.forEach(draft::addContractCare);
    charges.forEach(open -> draft.addCharge(open.charge()));
    return draft;
  }
}
