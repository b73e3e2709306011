package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);

  private final Families families = new Families();

  @Test
  void anInvoiceForOneContractShowsTheMonthlyAmountAndTheLrkNumber() throws Exception {
    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 11))
            .addContractCare(
                families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1)))
            .issue(new InvoiceNumber(2026, 123), LocalDate.of(2026, 11, 1));

    String text = written(invoice);

    assertThat(text)
        .contains("Kinderopvang De Zonnebloem")
        .contains("Factuur")
        .contains("2026-000123")
        .contains("1 november 2026")
        .contains("Mark de Vries en Sanne de Vries", "Oudegracht 210", "3511 NR Utrecht")
        .doesNotContain("Familie De Vries")
        .contains("LRK-nummer 123456789")
        .contains("Noor de Vries")
        .contains("Kinderdagverblijf, vaste opvang november 2026")
        .contains("88,00", "€ 10,95")
        .contains("Totaal")
        .contains("€ 963,60")
        .contains("Betaling via automatische incasso (SEPA)");
  }

  @Test
  void anInvoiceOverTwoLocationsShowsBothLrkNumbersAndTheTotal() throws Exception {
    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 11))
            .addContractCare(
                families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1)))
            .addContractCare(
                families.bsoContract(families.daan, "480", "9.60", DateRange.from(JANUARY_1)))
            .addCharge(
                CareCharge.extraCare(
                    families.noor,
                    families.kdv,
                    LocalDate.of(2026, 11, 12),
                    new BigDecimal("5.5"),
                    Money.euros("10.95"),
                    "Extra opvang donderdag 12 november"))
            .issue(new InvoiceNumber(2026, 124), LocalDate.of(2026, 11, 1));

    String text = written(invoice);

    assertThat(text)
        .contains("LRK-nummer 123456789")
        .contains("LRK-nummer 987654321")
        .contains("Buitenschoolse opvang")
        .contains("€ 60,23")
        .contains("€ 1.023,83")
        .contains("€ 384,00")
        .contains("€ 1.407,83");
  }

  @Test
  void theCallersStreamStaysOpen() throws Exception {
    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 11))
            .addContractCare(
                families.kdvContract(families.noor, "1056", "10.95", DateRange.from(JANUARY_1)))
            .issue(new InvoiceNumber(2026, 123), LocalDate.of(2026, 11, 1));
    PdfText.Sink out = new PdfText.Sink();

    new InvoicePdf(invoice).writeTo(out);

    assertThat(out.closed).isFalse();
    assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  private static String written(Invoice invoice) throws Exception {
    PdfText.Sink out = new PdfText.Sink();
    new InvoicePdf(invoice).writeTo(out);
    return PdfText.of(out.toByteArray());
  }
}
