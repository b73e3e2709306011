package nl.ouderportaal.domain.care;

/** Why a child will not come. */
public enum AbsenceReason {
  SICK,
  HOLIDAY,
  OTHER
}
