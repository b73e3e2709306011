package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);

  private final Families families = new Families();

  /** Noor at the KDV (963.60 a month), Daan at the BSO (480 h x 9.60 = 384.00 a month). */
  private InvoiceDraft november() {
    return new InvoiceDraft(families.deVries, families.parents, NOVEMBER)
        .addContractCare(
            families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1)))
        .addContractCare(
            families.bsoContract(families.daan, "480", "9.60", DateRange.from(JANUARY_1)));
  }

  private CareCharge extraCareForNoor() {
    return CareCharge.extraCare(
        families.noor,
        families.kdv,
        LocalDate.of(2026, 11, 12),
        new BigDecimal("5.5"),
        Money.euros("10.95"),
        "Extra opvang donderdag 12 november");
  }

  private CareCharge lateCancellationForDaan() {
    return CareCharge.lateCancellation(
        families.daan,
        families.bso,
        LocalDate.of(2026, 10, 28),
        new BigDecimal("3"),
        Money.euros("9.60"),
        "Geannuleerd na de termijn: woensdag 28 oktober");
  }

  @Test
  void aMonthOfContractCareIsOneLinePerContract() {
    Invoice invoice = november().issue(new InvoiceNumber(2026, 123), LocalDate.of(2026, 11, 1));

    assertThat(invoice.lines())
        .extracting(line -> line.child().name(), InvoiceLine::amount)
        .containsExactly(
            tuple("Daan de Vries", Money.euros("384.00")),
            tuple("Noor de Vries", Money.euros("963.60")));
    assertThat(invoice.total()).isEqualTo(Money.euros("1347.60"));
    assertThat(invoice.number()).hasToString("2026-000123");
    assertThat(invoice.period()).isEqualTo(NOVEMBER);
    assertThat(invoice.organisationName()).isEqualTo("Kinderopvang De Zonnebloem");
    assertThat(invoice.debtor().name()).isEqualTo("Mark de Vries en Sanne de Vries");
    assertThat(invoice.debtor().address()).isEqualTo(families.deVries.address());
  }

  @Test
  void extraCareAndLateCancellationsAreChargedInFull() {
    Invoice invoice =
        november()
            .addCharge(extraCareForNoor())
            .addCharge(lateCancellationForDaan())
            .issue(new InvoiceNumber(2026, 123), LocalDate.of(2026, 11, 1));

    InvoiceLine extra =
        invoice.lines().stream()
            .filter(line -> line.kind() == LineKind.EXTRA_CARE)
            .findFirst()
            .orElseThrow();
    InvoiceLine cancelled =
        invoice.lines().stream()
            .filter(line -> line.kind() == LineKind.LATE_CANCELLATION)
            .findFirst()
            .orElseThrow();

    // 5.5 h x 10.95 = 60.225, rounded half up
    assertThat(extra.amount()).isEqualTo(Money.euros("60.23"));
    assertThat(extra.hours()).isEqualByComparingTo("5.50");
    assertThat(extra.description()).isEqualTo("Extra opvang donderdag 12 november");
    assertThat(extra.child().name()).isEqualTo("Noor de Vries");
    assertThat(cancelled.amount()).isEqualTo(Money.euros("28.80"));
    assertThat(cancelled.careMonth()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(invoice.total()).isEqualTo(Money.euros("1436.63"));
  }

  @Test
  void linesAreGroupedPerLocationWithItsLrkNumber() {
    Invoice invoice =
        november()
            .addCharge(lateCancellationForDaan())
            .addCharge(extraCareForNoor())
            .issue(new InvoiceNumber(2026, 123), LocalDate.of(2026, 11, 1));

    assertThat(invoice.sections())
        .extracting(section -> section.location().name(), section -> section.location().lrkNumber())
        .containsExactly(tuple("De Boomhut", "123456789"), tuple("Het Klimrek", "987654321"));
    Invoice.Section kdv = invoice.sections().get(0);
    assertThat(kdv.lines())
        .extracting(InvoiceLine::kind)
        .containsExactly(LineKind.CONTRACT_CARE, LineKind.EXTRA_CARE);
    assertThat(kdv.subtotal()).isEqualTo(Money.euros("1023.83"));
    assertThat(invoice.sections().get(1).subtotal()).isEqualTo(Money.euros("412.80"));
  }

  @Test
  void nothingToChargeIsNoInvoiceAndTakesNoNumber() {
    InvoiceDraft draft =
        new InvoiceDraft(families.deVries, families.parents, NOVEMBER)
            .addContractCare(
                families.kdvContract(
                    families.noor, "1056", "10.95", DateRange.from(LocalDate.of(2026, 12, 1))));

    assertThat(draft.isEmpty()).isTrue();
    assertThatThrownBy(() -> draft.issue(new InvoiceNumber(2026, 1), LocalDate.of(2026, 11, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyTheFamilysOwnChildrenAreBilled() {
    Family other = new Family(families.organisation, "Familie Jansen", families.deVries.address());
    Child sem = new Child(other, "Sem", "Jansen", LocalDate.of(2024, 1, 5));

    assertThatThrownBy(
            () ->
                november()
                    .addContractCare(
                        families.kdvContract(sem, "1056", "10.95", DateRange.from(JANUARY_1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNumberBelongsToTheSeriesOfTheInvoiceDatesYear() {
    assertThatThrownBy(
            () -> november().issue(new InvoiceNumber(2027, 1), LocalDate.of(2026, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contractCareIsNotAChargeOfItsOwn() {
    assertThatThrownBy(
            () ->
                new CareCharge(
                    LineKind.CONTRACT_CARE,
                    families.noor,
                    families.kdv,
                    LocalDate.of(2026, 11, 12),
                    BigDecimal.ONE,
                    Money.euros("10.95"),
                    "Vaste opvang"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
