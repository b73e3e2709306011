package nl.ouderportaal.domain.organisation;

/** The two kinds of childcare, each with its own LRK registration. */
public enum CareType {
  /** KDV, kinderdagverblijf: 0 to 4 years */
  DAYCARE,
  /** BSO, buitenschoolse opvang: 4 to 13 years */
  OUT_OF_SCHOOL
}
