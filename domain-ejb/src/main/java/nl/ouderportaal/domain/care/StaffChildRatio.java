package nl.ouderportaal.domain.care;

import java.io.Serializable;
import java.util.Collection;
import nl.ouderportaal.domain.organisation.CareType;

/**
 * The beroepskracht-kindratio (BKR): how many group workers the children present in a day part
 * need, from their ages on that day.
 *
 * <p>Children per group worker in a group of one age band: KDV 0-1 year 3, 1-2 years 5, 2-4 years
 * 8; BSO 4-7 years 10, 7-13 years 12, and a mixed BSO group 4-13 years 11. For a KDV group with
 * children of more than one band the official calculation (1ratio) uses its own tables; here each
 * child counts for its band's share of a group worker (a baby 1/3, a one-year-old 1/5, an older
 * child 1/8) and the sum is rounded up. That is an approximation and says so ({@link
 * Need#approximate()}), so the page can tell the group worker to check it.
 */
public final class StaffChildRatio {

  /** Group workers needed, and whether the number is an approximation (a mixed KDV group). */
  public record Need(int staff, boolean approximate) implements Serializable {}

  /** A share of a group worker in 120ths: 120 / 3, 120 / 5 and 120 / 8 are whole numbers. */
  private static final int WHOLE = 120;

  private StaffChildRatio() {}

  /**
   * @param careType the care type of the group's location
   * @param agesInMonths the age in whole months of every child present
   */
  public static Need of(CareType careType, Collection<Integer> agesInMonths) {
    if (agesInMonths.isEmpty()) {
      return new Need(0, false);
    }
    return careType == CareType.DAYCARE ? daycare(agesInMonths) : outOfSchool(agesInMonths);
  }

  private static Need daycare(Collection<Integer> ages) {
    int shares = 0;
    int band = -1;
    boolean mixed = false;
    for (int age : ages) {
      int ratio = age < 12 ? 3 : age < 24 ? 5 : 8;
      shares += WHOLE / ratio;
      mixed |= band != -1 && band != ratio;
      band = ratio;
    }
    return new Need(ceil(shares, WHOLE), mixed);
  }

  private static Need outOfSchool(Collection<Integer> ages) {
    long young = ages.stream().filter(age -> age < 7 * 12).count();
    int ratio = young == ages.size() ? 10 : young == 0 ? 12 : 11;
    return new Need(ceil(ages.size(), ratio), false);
  }

  private static int ceil(int dividend, int divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
