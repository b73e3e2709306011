package nl.ouderportaal.domain.question;

/** What a question is about; the service desk filters its queue on it. */
public enum Topic {
  GENERAL,
  INVOICE,
  /** a structural change of the care (other days, more or fewer hours, an end date) */
  CONTRACT_CHANGE,
  CARE_REQUESTS,
  OTHER;

  /** A contract belongs to one child, so a change of it names the child. */
  public boolean needsChild() {
    return this == CONTRACT_CHANGE;
  }
}
