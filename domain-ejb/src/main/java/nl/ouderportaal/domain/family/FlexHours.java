package nl.ouderportaal.domain.family;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * The hours of extra care a contract includes per year, bought with it: KDV flex hours for a KDV
 * contract; BSO flex hours and Vakantiepret hours (school holidays and study days) for a BSO
 * contract. They become the child's credits of each year the contract covers, pro rata in a year it
 * covers only partly.
 */
@Embeddable
public record FlexHours(
    @Column(name = "flex_daycare_hours", nullable = false, precision = 7, scale = 2)
        BigDecimal daycare,
    @Column(name = "flex_out_of_school_hours", nullable = false, precision = 7, scale = 2)
        BigDecimal outOfSchool,
    @Column(name = "holiday_hours", nullable = false, precision = 7, scale = 2) BigDecimal holiday)
    implements Serializable {

  /** The most hours of one kind a contract can include per year. */
  public static final BigDecimal MAX = new BigDecimal("2000");

  public static final FlexHours NONE =
      new FlexHours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  private static final BigDecimal QUARTERS = BigDecimal.valueOf(4);

  /**
   * @throws BusinessException {@code contract.flexInvalid} for hours below zero, above {@link #MAX}
   *     or in more than two decimals
   */
  public FlexHours {
    daycare = hours(daycare, "flexDaycare");
    outOfSchool = hours(outOfSchool, "flexOutOfSchool");
    holiday = hours(holiday, "holiday");
  }

  private static BigDecimal hours(BigDecimal value, String field) {
    BigDecimal hours = value == null ? BigDecimal.ZERO : value;
    if (hours.signum() < 0 || hours.compareTo(MAX) > 0 || hours.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("contract.flexInvalid").on(field);
    }
    return hours.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * Refuses hours of the other care type: a KDV contract has no BSO or holiday hours, a BSO
   * contract no KDV flex hours.
   *
   * @throws BusinessException {@code contract.flexWrongCareType}
   */
  public FlexHours requireFits(CareType careType) {
    boolean fits =
        careType == CareType.DAYCARE
            ? outOfSchool.signum() == 0 && holiday.signum() == 0
            : daycare.signum() == 0;
    if (!fits) {
      throw new BusinessException("contract.flexWrongCareType")
          .on(careType == CareType.DAYCARE ? "flexOutOfSchool" : "flexDaycare");
    }
    return this;
  }

  public boolean isNone() {
    return daycare.signum() == 0 && outOfSchool.signum() == 0 && holiday.signum() == 0;
  }

  /**
   * The part of the yearly hours a contract running over {@code period} earns in {@code year}: the
   * hours times the days of the year it covers over the days of the year, to the nearest quarter of
   * an hour (halves up). A whole year earns all of them, a year it does not touch none.
   */
  public static BigDecimal proRata(BigDecimal perYear, DateRange period, int year) {
    Objects.requireNonNull(perYear, "perYear");
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    if (perYear.signum() == 0 || !period.overlaps(new DateRange(first, last))) {
      return BigDecimal.ZERO.setScale(2);
    }
    LocalDate from = period.start().isAfter(first) ? period.start() : first;
    LocalDate to = period.isOpenEnded() || period.end().isAfter(last) ? last : period.end();
    long covered = ChronoUnit.DAYS.between(from, to) + 1;
    int days = Year.of(year).length();
    if (covered == days) {
      return perYear.setScale(2, RoundingMode.UNNECESSARY);
    }
    // in quarters of an hour, rounded once
    return perYear
        .multiply(QUARTERS)
        .multiply(BigDecimal.valueOf(covered))
        .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
        .divide(QUARTERS, 2, RoundingMode.UNNECESSARY);
  }
}
