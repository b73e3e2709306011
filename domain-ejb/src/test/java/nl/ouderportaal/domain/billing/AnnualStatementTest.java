package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class AnnualStatementTest {

  private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);

  private final Families families = new Families();

  private CareCharge extraCareForNoor(LocalDate date, String hours) {
    return CareCharge.extraCare(
        families.noor,
        families.kdv,
        date,
        new BigDecimal(hours),
        Money.euros("12.50"),
        "Extra opvang " + date);
  }

  @Test
  void aYearOfContractAndExtraCareAsInvoiced() {
    Contract noor = families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1));
    List<Invoice> invoices =
        families.monthlyInvoices(
            YearMonth.of(2027, 1),
            List.of(noor),
            Map.of(
                YearMonth.of(2026, 3), extraCareForNoor(LocalDate.of(2026, 3, 18), "5.5"),
                // December's extra care is charged on January's invoice
                YearMonth.of(2027, 1), extraCareForNoor(LocalDate.of(2026, 12, 21), "3")));

    List<AnnualStatement> statements = AnnualStatement.of(2026, invoices);

    assertThat(statements).hasSize(1);
    AnnualStatement statement = statements.get(0);
    assertThat(statement.year()).isEqualTo(2026);
    assertThat(statement.organisationName()).isEqualTo("Kinderopvang De Zonnebloem");
    assertThat(statement.debtor().name()).isEqualTo("Mark de Vries en Sanne de Vries");
    assertThat(statement.child().name()).isEqualTo("Noor de Vries");
    assertThat(statement.child().birthDate()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(statement.careType()).isEqualTo(CareType.DAYCARE);
    assertThat(statement.locations())
        .extracting(BilledLocation::name, BilledLocation::lrkNumber)
        .containsExactly(tuple("De Boomhut", "123456789"));
    assertThat(statement.hoursPerMonth()).hasSize(12);
    assertThat(statement.hoursIn(Month.JANUARY)).isEqualByComparingTo("88.00");
    assertThat(statement.hoursIn(Month.MARCH)).isEqualByComparingTo("93.50");
    assertThat(statement.hoursIn(Month.DECEMBER)).isEqualByComparingTo("91.00");
    assertThat(statement.totalHours()).isEqualByComparingTo("1064.50");
    // 11563.20 contract care + 68.75 + 37.50 extra care
    assertThat(statement.totalAmount()).isEqualTo(Money.euros("11669.45"));
    // 11669.45 / 1064.50 = 10.9623..
    assertThat(statement.averageHourlyRate()).contains(Money.euros("10.96"));
  }

  @Test
  void aFullYearOfOneContractHasTheContractsHoursAndRate() {
    Contract noor =
        families.kdvContract(families.noor, "777.77", "10.03", DateRange.from(JANUARY_1));

    AnnualStatement statement =
        AnnualStatement.of(
                2026, families.monthlyInvoices(YearMonth.of(2026, 12), List.of(noor), Map.of()))
            .get(0);

    assertThat(statement.totalHours()).isEqualByComparingTo("777.77");
    // 777.77 x 10.03 = 7801.0331
    assertThat(statement.totalAmount()).isEqualTo(Money.euros("7801.03"));
    assertThat(statement.averageHourlyRate()).contains(Money.euros("10.03"));
  }

  @Test
  void aChildMovingFromKdvToBsoGetsAStatementPerCareType() {
    Contract kdv =
        families.kdvContract(
            families.daan, "960", "10.95", new DateRange(JANUARY_1, LocalDate.of(2026, 8, 31)));
    Contract bso =
        families.bsoContract(
            families.daan, "480", "9.60", DateRange.from(LocalDate.of(2026, 9, 1)));

    List<AnnualStatement> statements =
        AnnualStatement.of(
            2026, families.monthlyInvoices(YearMonth.of(2026, 12), List.of(kdv, bso), Map.of()));

    assertThat(statements)
        .extracting(AnnualStatement::careType)
        .containsExactly(CareType.DAYCARE, CareType.OUT_OF_SCHOOL);
    AnnualStatement daycare = statements.get(0);
    AnnualStatement outOfSchool = statements.get(1);
    assertThat(daycare.totalHours()).isEqualByComparingTo("640.00");
    assertThat(daycare.hoursIn(Month.SEPTEMBER)).isEqualByComparingTo("0");
    assertThat(daycare.totalAmount()).isEqualTo(Money.euros("7008.00"));
    assertThat(daycare.locations())
        .extracting(BilledLocation::lrkNumber)
        .containsExactly("123456789");
    assertThat(outOfSchool.totalHours()).isEqualByComparingTo("160.00");
    assertThat(outOfSchool.totalAmount()).isEqualTo(Money.euros("1536.00"));
    assertThat(outOfSchool.averageHourlyRate()).contains(Money.euros("9.60"));
    assertThat(outOfSchool.locations())
        .extracting(BilledLocation::lrkNumber)
        .containsExactly("987654321");
  }

  @Test
  void withoutHoursThereIsNoAverageRate() {
    InvoiceLine fee =
        new InvoiceLine(
            LineKind.LATE_CANCELLATION,
            BilledChild.of(families.noor),
            BilledLocation.of(families.kdv),
            new DateRange(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)),
            "Annuleringskosten",
            BigDecimal.ZERO,
            Money.ZERO,
            Money.euros("25.00"));
    Invoice invoice =
        new Invoice(
            InvoiceNumber.first(2026),
            LocalDate.of(2026, 6, 1),
            YearMonth.of(2026, 6),
            families.organisation.name(),
            Debtor.of(families.deVries, families.parents),
            List.of(fee));

    AnnualStatement statement = AnnualStatement.of(2026, List.of(invoice)).get(0);

    assertThat(statement.totalHours()).isEqualByComparingTo("0");
    assertThat(statement.totalAmount()).isEqualTo(Money.euros("25.00"));
    assertThat(statement.averageHourlyRate()).isEmpty();
  }

  @Test
  void noCareInTheYearIsNoStatement() {
    Contract noor = families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1));

    assertThat(
            AnnualStatement.of(
                2025, families.monthlyInvoices(YearMonth.of(2026, 3), List.of(noor), Map.of())))
        .isEmpty();
  }
}
