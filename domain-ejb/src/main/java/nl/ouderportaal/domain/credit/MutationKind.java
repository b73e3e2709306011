package nl.ouderportaal.domain.credit;

/** What changed a credit balance. */
public enum MutationKind {
  /** hours given by hand (before contracts carried their flex hours) */
  GRANT,
  /** the flex hours of the child's contracts for the year, kept equal to them */
  CONTRACT,
  /** the service desk corrected the balance, up or down, with a reason */
  CORRECTION,
  /** a request was paid with it */
  SPEND,
  /** a request was cancelled in time or rejected: the hours came back */
  REFUND,
  /** the credit passed its date; what was left is gone */
  EXPIRY
}
