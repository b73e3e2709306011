package nl.ouderportaal.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** A contract's terms, its flex hours per year, and how a contract ends. */
class ContractTermsTest {

  private final Organisation organisation =
      new Organisation("De Zonnebloem", "sp@zonnebloem.example", "030 123 45 67");
  private final Location kdv =
      new Location(
          organisation,
          "De Boomhut",
          new Address("Biltstraat 120", "3572 BK", "Utrecht"),
          "123456789",
          CareType.DAYCARE);
  private final Location bso =
      new Location(
          organisation,
          "De Ontdekking",
          new Address("Kanaalweg 45", "3526 KL", "Utrecht"),
          "987654321",
          CareType.OUT_OF_SCHOOL);
  private final Family family =
      new Family(organisation, "De Vries", new Address("Oudegracht 210", "3511 NR", "Utrecht"));
  private final Child daan = new Child(family, "Daan", "de Vries", LocalDate.of(2021, 3, 1));

  @Test
  void flexHoursOfAWholeYearAreAllOfThem() {
    DateRange always = DateRange.from(LocalDate.of(2020, 1, 1));
    assertThat(FlexHours.proRata(new BigDecimal("44"), always, 2027)).isEqualByComparingTo("44");
    assertThat(
            FlexHours.proRata(
                new BigDecimal("44"),
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                2027))
        .isEqualByComparingTo("44");
  }

  @Test
  void flexHoursAreProRataInAFirstAndLastYearToTheQuarterHour() {
    // from 1 July 2027: 184 of 365 days; 44 * 184 / 365 = 22.18 -> 22.25 (nearest quarter)
    DateRange fromJuly = DateRange.from(LocalDate.of(2027, 7, 1));
    assertThat(FlexHours.proRata(new BigDecimal("44"), fromJuly, 2027))
        .isEqualByComparingTo("22.25");
    assertThat(FlexHours.proRata(new BigDecimal("44"), fromJuly, 2026)).isEqualByComparingTo("0");
    assertThat(FlexHours.proRata(new BigDecimal("44"), fromJuly, 2028)).isEqualByComparingTo("44");
    // until 31 March 2028 (a leap year): 91 of 366 days; 18 * 91 / 366 = 4.475 -> 4.5
    DateRange untilMarch = new DateRange(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 3, 31));
    assertThat(FlexHours.proRata(new BigDecimal("18"), untilMarch, 2028))
        .isEqualByComparingTo("4.50");
    assertThat(FlexHours.proRata(BigDecimal.ZERO, untilMarch, 2028)).isEqualByComparingTo("0");
  }

  @Test
  void aContractIncludesOnlyFlexHoursOfItsOwnCareType() {
    FlexHours bsoHours = new FlexHours(BigDecimal.ZERO, new BigDecimal("18"), new BigDecimal("44"));

    assertThat(contract(bso, afterSchool(), bsoHours).flex()).isEqualTo(bsoHours);
    assertThatThrownBy(() -> contract(kdv, whole(), bsoHours))
        .isInstanceOf(BusinessException.class)
        .hasMessage("contract.flexWrongCareType");
    assertThatThrownBy(() -> new FlexHours(new BigDecimal("-1"), null, null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("contract.flexInvalid");
    assertThatThrownBy(() -> new FlexHours(new BigDecimal("2.125"), null, null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("contract.flexInvalid");
  }

  @Test
  void hoursAndRateAreMoreThanZeroInCents() {
    assertThatThrownBy(
            () ->
                new Contract(
                    daan,
                    new Contract.Terms(
                        bso,
                        afterSchool(),
                        BigDecimal.ZERO,
                        new BigDecimal("9.85"),
                        FlexHours.NONE,
                        DateRange.from(LocalDate.of(2027, 1, 1)))))
        .hasMessage("contract.hoursInvalid");
    assertThatThrownBy(
            () ->
                new Contract(
                    daan,
                    new Contract.Terms(
                        bso,
                        afterSchool(),
                        new BigDecimal("560"),
                        new BigDecimal("9.855"),
                        FlexHours.NONE,
                        DateRange.from(LocalDate.of(2027, 1, 1)))))
        .hasMessage("contract.rateInvalid");
  }

  @Test
  void aContractEndsOnADayOrKeepsAnEarlierEnd() {
    Contract contract = contract(bso, afterSchool(), FlexHours.NONE);
    contract.endOn(LocalDate.of(2028, 7, 31));
    assertThat(contract.period().end()).isEqualTo(LocalDate.of(2028, 7, 31));
    contract.endOn(LocalDate.of(2029, 1, 1));
    assertThat(contract.period().end()).isEqualTo(LocalDate.of(2028, 7, 31));
    contract.endOn(LocalDate.of(2027, 12, 31));
    assertThat(contract.period().end()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void aCorrectionReplacesTheWholeAgreement() {
    Contract contract = contract(bso, afterSchool(), FlexHours.NONE);
    Contract.Terms corrected =
        new Contract.Terms(
            bso,
            Set.of(
                new ContractDay(DayOfWeek.FRIDAY, DayPart.AFTER_SCHOOL),
                new ContractDay(DayOfWeek.FRIDAY, DayPart.BEFORE_SCHOOL)),
            new BigDecimal("300.00"),
            new BigDecimal("10.10"),
            new FlexHours(null, new BigDecimal("9"), null),
            DateRange.from(LocalDate.of(2027, 2, 1)));

    contract.correct(corrected);

    assertThat(contract.terms()).isEqualTo(corrected.over(contract.period()));
    assertThat(contract.hoursPerYear()).isEqualByComparingTo("300");
    assertThat(contract.days()).hasSize(2);
  }

  private Contract contract(Location location, Set<ContractDay> days, FlexHours flex) {
    return new Contract(
        daan,
        new Contract.Terms(
            location,
            days,
            new BigDecimal("560"),
            new BigDecimal("9.85"),
            flex,
            DateRange.from(LocalDate.of(2027, 1, 1))));
  }

  private static Set<ContractDay> afterSchool() {
    return Set.of(
        new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL),
        new ContractDay(DayOfWeek.WEDNESDAY, DayPart.AFTER_SCHOOL));
  }

  private static Set<ContractDay> whole() {
    return Set.of(
        new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
        new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON));
  }
}
