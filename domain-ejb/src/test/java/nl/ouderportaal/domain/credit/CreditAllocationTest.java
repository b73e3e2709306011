package nl.ouderportaal.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;
import org.junit.jupiter.api.Test;

class CreditAllocationTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final UUID thisYear = UUID.randomUUID();
  private final UUID nextYear = UUID.randomUUID();
  private final UUID holiday = UUID.randomUUID();
  private final List<CreditAllocation.Batch> batches =
      List.of(
          new CreditAllocation.Batch(
              nextYear, CreditType.DAYCARE_FLEX, LocalDate.of(2027, 12, 31), new BigDecimal("44")),
          new CreditAllocation.Batch(
              thisYear, CreditType.DAYCARE_FLEX, LocalDate.of(2026, 12, 31), new BigDecimal("4")),
          new CreditAllocation.Batch(
              holiday, CreditType.HOLIDAY, LocalDate.of(2026, 12, 31), new BigDecimal("22")));

  @Test
  void theCreditThatExpiresFirstIsSpentFirst() {
    // a day in December 2026: this year's 4 hours go first, but do not cover 5.5
    assertThat(
            CreditAllocation.allocate(
                batches,
                CreditType.DAYCARE_FLEX,
                LocalDate.of(2026, 12, 15),
                TODAY,
                new BigDecimal("3")))
        .contains(List.of(new CreditAllocation.Take(thisYear, new BigDecimal("3"))));
    assertThat(
            CreditAllocation.allocate(
                batches,
                CreditType.DAYCARE_FLEX,
                LocalDate.of(2026, 12, 15),
                TODAY,
                new BigDecimal("5.5")))
        .contains(
            List.of(
                new CreditAllocation.Take(thisYear, new BigDecimal("4")),
                new CreditAllocation.Take(nextYear, new BigDecimal("1.5"))));
  }

  @Test
  void aCreditDoesNotPayForCareAfterItsYear() {
    // January 2027: this year's credit has expired by then
    assertThat(
            CreditAllocation.allocate(
                batches,
                CreditType.DAYCARE_FLEX,
                LocalDate.of(2027, 1, 12),
                TODAY,
                new BigDecimal("5.5")))
        .contains(List.of(new CreditAllocation.Take(nextYear, new BigDecimal("5.5"))));
    assertThat(
            CreditAllocation.available(
                batches, CreditType.DAYCARE_FLEX, LocalDate.of(2027, 1, 12), TODAY))
        .isEqualByComparingTo("44");
  }

  @Test
  void notEnoughCreditAllocatesNothing() {
    assertThat(
            CreditAllocation.allocate(
                batches,
                CreditType.HOLIDAY,
                LocalDate.of(2026, 12, 22),
                TODAY,
                new BigDecimal("22.25")))
        .isEmpty();
    assertThat(
            CreditAllocation.allocate(
                batches,
                CreditType.OUT_OF_SCHOOL_FLEX,
                LocalDate.of(2026, 12, 22),
                TODAY,
                BigDecimal.ONE))
        .isEmpty();
  }

  @Test
  void anExpiredCreditIsNotSpentEvenForAnEarlierDay() {
    LocalDate newYearsEve = LocalDate.of(2027, 1, 1);
    assertThat(
            CreditAllocation.available(
                batches, CreditType.HOLIDAY, LocalDate.of(2026, 12, 30), newYearsEve))
        .isEqualByComparingTo("0");
  }

  @Test
  void holidayHoursPayForBsoOnSchoolFreeDaysOnlyAndFlexHoursOnlyForTheirOwnCare() {
    assertThat(CreditType.HOLIDAY.pays(CareType.OUT_OF_SCHOOL, true)).isTrue();
    assertThat(CreditType.HOLIDAY.pays(CareType.OUT_OF_SCHOOL, false)).isFalse();
    assertThat(CreditType.OUT_OF_SCHOOL_FLEX.pays(CareType.OUT_OF_SCHOOL, false)).isTrue();
    assertThat(CreditType.OUT_OF_SCHOOL_FLEX.pays(CareType.DAYCARE, false)).isFalse();
    assertThat(CreditType.DAYCARE_FLEX.pays(CareType.DAYCARE, true)).isTrue();
    assertThat(CreditType.DAYCARE_FLEX.pays(CareType.OUT_OF_SCHOOL, true)).isFalse();
  }
}
