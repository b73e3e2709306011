package nl.ouderportaal.domain.billing;

/** What an invoice line charges for. */
public enum LineKind {
  /** The monthly instalment of a contract: the same amount every month. */
  CONTRACT_CARE,
  /** Flexible or extra care the parent chose to pay on the invoice rather than with a credit. */
  EXTRA_CARE,
  /** Care cancelled after the cancellation deadline: the charge stays. */
  LATE_CANCELLATION
}
