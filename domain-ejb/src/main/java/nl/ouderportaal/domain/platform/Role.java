package nl.ouderportaal.domain.platform;

/** The roles an account can have; their names are the roles the web modules check. */
public enum Role {
  /** a parent or guardian: the portal */
  PARENT,
  /** a group worker (pedagogisch medewerker): the back-office, their own groups */
  STAFF,
  /** the Servicepunt: the back-office, the whole organisation */
  SERVICEDESK
}
