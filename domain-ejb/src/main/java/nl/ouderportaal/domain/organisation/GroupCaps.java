package nl.ouderportaal.domain.organisation;

import nl.ouderportaal.domain.platform.BusinessException;

/**
 * The legal limits of a group (Besluit kwaliteit kinderopvang): a KDV stamgroep takes at most 16
 * children, and at most 12 when all are younger than one year; a BSO basisgroep at most 22, or 30
 * when all children are eight or older (with three group workers). Which children a group takes is
 * its age range, so the range decides the cap. The age ranges fit the care type: KDV from birth to
 * four years, BSO from four to thirteen.
 */
public final class GroupCaps {

  /** KDV is for children up to four years. */
  public static final int DAYCARE_UNTIL_MONTHS = 48;

  /** BSO is for children from four to thirteen years. */
  public static final int OUT_OF_SCHOOL_UNTIL_MONTHS = 156;

  private GroupCaps() {}

  /** The most children a group of this care type and age range may take in a day part. */
  public static int maximum(CareType careType, int minAgeMonths, int maxAgeMonths) {
    return switch (careType) {
      case DAYCARE -> maxAgeMonths <= 12 ? 12 : 16;
      case OUT_OF_SCHOOL -> minAgeMonths >= 8 * 12 ? 30 : 22;
    };
  }

  /**
   * Refuses an age range that is empty or outside the care type's ages.
   *
   * @throws BusinessException {@code group.agesInvalid} with the care type's bounds in months
   */
  public static void requireAges(CareType careType, int minAgeMonths, int maxAgeMonths) {
    int lowest = careType == CareType.DAYCARE ? 0 : DAYCARE_UNTIL_MONTHS;
    int highest = careType == CareType.DAYCARE ? DAYCARE_UNTIL_MONTHS : OUT_OF_SCHOOL_UNTIL_MONTHS;
    if (minAgeMonths < lowest || maxAgeMonths > highest || maxAgeMonths <= minAgeMonths) {
      throw new BusinessException("group.agesInvalid", lowest, highest).on("minAgeMonths");
    }
  }
}
