package nl.ouderportaal.domain.account;

/** Where an account is in its life. */
public enum AccountStatus {
  /** created by the service desk or an import; no password yet */
  NEW,
  /** the owner has set a password and may log in */
  ACTIVE,
  /** the service desk blocked it; login is refused */
  BLOCKED
}
