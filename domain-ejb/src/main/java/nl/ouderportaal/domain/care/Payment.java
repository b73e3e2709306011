package nl.ouderportaal.domain.care;

/** How a line of a request is paid. */
public enum Payment {
  /** from a credit of a fitting type */
  CREDIT,
  /** in full on the next invoice */
  INVOICE
}
