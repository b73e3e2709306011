package nl.ouderportaal.domain.billing;

/**
 * Where an issued invoice stands for the parents. Every invoice is paid by direct debit, so it is
 * open until the collection is booked; booking payments is not part of the portal yet, so nothing
 * sets {@link #PAID} so far.
 */
public enum InvoiceStatus {
  /** Issued; the amount will be collected by direct debit. */
  OPEN,
  /** The direct debit was collected. */
  PAID
}
