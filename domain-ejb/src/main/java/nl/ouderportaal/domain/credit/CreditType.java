package nl.ouderportaal.domain.credit;

import nl.ouderportaal.domain.organisation.CareType;

/** The kinds of credit, and the care each one pays for. */
public enum CreditType {
  /** KDV flextegoed: extra KDV care on any open day */
  DAYCARE_FLEX(CareType.DAYCARE, false),
  /** BSO flextegoed: extra BSO care on any open day */
  OUT_OF_SCHOOL_FLEX(CareType.OUT_OF_SCHOOL, false),
  /** Vakantiepret-uren: BSO care on school holidays and study days only */
  HOLIDAY(CareType.OUT_OF_SCHOOL, true);

  private final CareType careType;
  private final boolean schoolFreeDaysOnly;

  CreditType(CareType careType, boolean schoolFreeDaysOnly) {
    this.careType = careType;
    this.schoolFreeDaysOnly = schoolFreeDaysOnly;
  }

  /** Whether this credit pays for care of that type on a day that is (or is not) school-free. */
  public boolean pays(CareType care, boolean schoolFreeDay) {
    return careType == care && (!schoolFreeDaysOnly || schoolFreeDay);
  }

  public CareType careType() {
    return careType;
  }
}
