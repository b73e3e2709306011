package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractCareTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private final Families families = new Families();

  private ContractCare kdv(String hoursPerYear, String rate, DateRange period) {
    return new ContractCare(families.kdvContract(families.noor, hoursPerYear, rate, period));
  }

  private ContractCare wholeYears(String hoursPerYear, String rate) {
    return kdv(hoursPerYear, rate, DateRange.from(START));
  }

  @Test
  void theMonthlyAmountIsATwelfthOfTheYearAndEveryFullMonthIsWithinACentOfIt() {
    ContractCare even = wholeYears("1056", "10.95");
    ContractCare odd = wholeYears("1000", "10.01");

    assertThat(even.monthlyAmount()).isEqualTo(Money.euros("963.60"));
    assertThat(even.hasEqualMonths()).isTrue();
    // 10010.00 / 12 = 834.1666..
    assertThat(odd.monthlyAmount()).isEqualTo(Money.euros("834.17"));
    assertThat(odd.hasEqualMonths()).isFalse();
    for (int month = 1; month <= 12; month++) {
      Money instalment = odd.amountFor(YearMonth.of(2026, month));
      assertThat(instalment.minus(odd.monthlyAmount()).amount().abs())
          .as("month %d", month)
          .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
  }

  @Test
  void aFullMonthIsATwelfthOfTheYear() {
    ContractCare care = wholeYears("1056", "10.95");

    InvoiceLine november = care.lineFor(YearMonth.of(2026, 11)).orElseThrow();

    assertThat(care.annualAmount()).isEqualTo(Money.euros("11563.20"));
    assertThat(november.kind()).isEqualTo(LineKind.CONTRACT_CARE);
    assertThat(november.description()).isEqualTo("Kinderdagverblijf, vaste opvang november 2026");
    assertThat(november.hours()).isEqualByComparingTo("88.00");
    assertThat(november.hourlyRate()).isEqualTo(Money.euros("10.95"));
    assertThat(november.amount()).isEqualTo(Money.euros("963.60"));
    assertThat(november.child().name()).isEqualTo("Noor de Vries");
    assertThat(november.location().lrkNumber()).isEqualTo("123456789");
    assertThat(november.care())
        .isEqualTo(new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
  }

  @Test
  void aFirstMonthStartingOnThe15thIsBilledForTheDaysItCovers() {
    ContractCare care = kdv("1056", "10.95", DateRange.from(LocalDate.of(2026, 11, 15)));

    InvoiceLine november = care.lineFor(YearMonth.of(2026, 11)).orElseThrow();

    // 15 to 30 November: 16 of 30 days. 11563.20 / 12 * 16 / 30 = 513.92; 88 * 16 / 30 = 46.93
    assertThat(care.coveredDays(YearMonth.of(2026, 11))).isEqualTo(16);
    assertThat(november.amount()).isEqualTo(Money.euros("513.92"));
    assertThat(november.hours()).isEqualByComparingTo("46.93");
    assertThat(november.description())
        .isEqualTo("Kinderdagverblijf, vaste opvang november 2026, 16 van 30 dagen");
    assertThat(november.care().start()).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(care.lineFor(YearMonth.of(2026, 10))).isEmpty();
    assertThat(care.lineFor(YearMonth.of(2026, 12)).orElseThrow().amount())
        .isEqualTo(Money.euros("963.60"));
  }

  @Test
  void aLastMonthEndingOnThe10thIsBilledForTheDaysItCovers() {
    ContractCare care =
        kdv("1056", "10.95", new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 10)));

    InvoiceLine march = care.lineFor(YearMonth.of(2027, 3)).orElseThrow();

    // 1 to 10 March: 10 of 31 days. 963.60 * 10 / 31 = 310.838.. ; 88 * 10 / 31 = 28.387..
    assertThat(march.amount()).isEqualTo(Money.euros("310.84"));
    assertThat(march.hours()).isEqualByComparingTo("28.39");
    assertThat(march.care().end()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(march.description()).endsWith(", 10 van 31 dagen");
    assertThat(care.lineFor(YearMonth.of(2027, 4))).isEmpty();
    assertThat(care.amountFor(YearMonth.of(2027, 4))).isEqualTo(Money.ZERO);
  }

  @Test
  void aContractWithinOneMonthIsBilledForItsOwnDays() {
    ContractCare care =
        kdv("1056", "10.95", new DateRange(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 15)));

    // 7 of 28 days: a quarter of 963.60
    assertThat(care.amountFor(YearMonth.of(2026, 2))).isEqualTo(Money.euros("240.90"));
    assertThat(care.hoursFor(YearMonth.of(2026, 2))).isEqualByComparingTo("22.00");
  }

  @ParameterizedTest(name = "{0} h x {1} = {2} a year, {3} a month")
  @CsvSource({
    "1056, 10.95, 11563.20, 963.60",
    "1000, 9.99, 9990.00, 832.50",
    "777.77, 10.01, 7785.48, 648.79",
  })
  void anAnnualAmountThatDividesByTwelveIsTheSameEveryMonth(
      String hours, String rate, String annual, String monthly) {
    ContractCare care = wholeYears(hours, rate);

    assertThat(care.annualAmount()).isEqualTo(Money.euros(annual));
    assertThat(amountsOf(care, 2026)).containsOnly(Money.euros(monthly)).hasSize(12);
    assertThat(sum(amountsOf(care, 2026))).isEqualTo(Money.euros(annual));
  }

  @Test
  void centsThatDoNotDivideAreSpreadSoTheYearAddsUpExactly() {
    // 1000 h x 10.01 = 10010.00, a month 834.1666..: rounding every month to 834.17 would bill
    // 10010.04 a year. Cumulative rounding bills 834.17, 834.16, 834.17, 834.17, 834.16, ...
    ContractCare care = wholeYears("1000", "10.01");

    List<Money> amounts = amountsOf(care, 2026);

    assertThat(amounts.subList(0, 3))
        .containsExactly(Money.euros("834.17"), Money.euros("834.16"), Money.euros("834.17"));
    assertThat(amounts).filteredOn(Money.euros("834.16")::equals).hasSize(4);
    assertThat(sum(amounts)).isEqualTo(Money.euros("10010.00"));
  }

  @Test
  void hoursThatDoNotDivideAddUpToTheHoursPerYear() {
    // 777.77 h / 12 = 64.8141..: twelve times 64.81 would be 777.72
    ContractCare care = wholeYears("777.77", "10.01");

    List<BigDecimal> hours = monthsOf(2026).map(care::hoursFor).toList();

    assertThat(hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("777.77");
    assertThat(hours)
        .allSatisfy(h -> assertThat(h).isBetween(new BigDecimal("64.81"), new BigDecimal("64.82")));
  }

  @Test
  void anyTwelveConsecutiveFullMonthsAddUpToTheAnnualAmount() {
    Random random = new Random(20261115);
    for (int i = 0; i < 200; i++) {
      BigDecimal hoursPerYear = BigDecimal.valueOf(random.nextInt(20_000, 250_000), 2);
      BigDecimal rate = BigDecimal.valueOf(random.nextInt(700, 1_500), 2);
      ContractCare care =
          kdv(hoursPerYear.toPlainString(), rate.toPlainString(), DateRange.from(START));
      YearMonth from = YearMonth.of(2026, 1 + random.nextInt(12));
      List<YearMonth> twelveMonths = Stream.iterate(from, m -> m.plusMonths(1)).limit(12).toList();
      BigDecimal exactMonth =
          care.annualAmount().amount().divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);

      List<Money> amounts = twelveMonths.stream().map(care::amountFor).toList();
      BigDecimal hours =
          twelveMonths.stream().map(care::hoursFor).reduce(BigDecimal.ZERO, BigDecimal::add);

      String contract = hoursPerYear + " h x " + rate + " from " + from;
      assertThat(sum(amounts)).as(contract).isEqualTo(care.annualAmount());
      assertThat(hours).as(contract).isEqualByComparingTo(hoursPerYear);
      assertThat(amounts)
          .as(contract)
          .allSatisfy(
              amount ->
                  assertThat(amount.amount().subtract(exactMonth).abs())
                      .isLessThanOrEqualTo(new BigDecimal("0.01")));
    }
  }

  private static Stream<YearMonth> monthsOf(int year) {
    return Stream.iterate(YearMonth.of(year, 1), m -> m.plusMonths(1)).limit(12);
  }

  private static List<Money> amountsOf(ContractCare care, int year) {
    return monthsOf(year).map(care::amountFor).toList();
  }

  private static Money sum(List<Money> amounts) {
    return amounts.stream().reduce(Money.ZERO, Money::plus);
  }
}
