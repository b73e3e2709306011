package nl.ouderportaal.domain.document;

/** What a document of a family is. */
public enum DocumentKind {
  /** A (signed) contract, uploaded by the service desk. */
  CONTRACT,
  /** The PDF of an invoice, made by the monthly invoicing. */
  INVOICE,
  /** A jaaropgave, made by the annual statements job. */
  ANNUAL_STATEMENT,
  /** A child's whole diary as one PDF, available until the parents' access ends. */
  DIARY_EXPORT,
  /** Anything else the service desk gives the family. */
  OTHER
}
