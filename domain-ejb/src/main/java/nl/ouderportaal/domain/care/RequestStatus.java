package nl.ouderportaal.domain.care;

/** Where a request stands. */
public enum RequestStatus {
  /** waiting for the service desk */
  SUBMITTED,
  APPROVED,
  /** the service desk said no, with a reason */
  REJECTED,
  /** every line was cancelled in time */
  CANCELLED
}
