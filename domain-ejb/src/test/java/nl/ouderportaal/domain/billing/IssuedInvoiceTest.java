package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** What is stored of an invoice gives the same invoice back, for statements and reprints. */
class IssuedInvoiceTest {

  private final Families families = new Families();

  @Test
  void theStoredInvoiceIsTheIssuedOne() {
    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 5))
            .addContractCare(
                families.kdvContract(
                    families.noor, "528", "10.95", DateRange.from(LocalDate.of(2026, 1, 1))))
            .addCharge(
                CareCharge.extraCare(
                    families.noor,
                    families.kdv,
                    LocalDate.of(2026, 5, 12),
                    new BigDecimal("5.5"),
                    Money.euros("10.95"),
                    DutchText.extraCare(LocalDate.of(2026, 5, 12))))
            .issue(new InvoiceNumber(2026, 7), LocalDate.of(2026, 6, 1));

    IssuedInvoice issued =
        new IssuedInvoice(UUID.randomUUID(), families.deVries.id(), invoice, Instant.EPOCH);

    Invoice back = issued.toInvoice();
    assertThat(back.lines()).isEqualTo(invoice.lines());
    assertThat(back.total()).isEqualTo(Money.euros("542.03"));
    assertThat(issued.total()).isEqualTo(invoice.total());
    assertThat(issued.number().toString()).isEqualTo("2026-000007");
    assertThat(issued.period()).isEqualTo(YearMonth.of(2026, 5));
    assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(back.debtor()).isEqualTo(invoice.debtor());
  }

  @Test
  void anInvoiceGetsItsDocumentOnce() {
    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 5))
            .addContractCare(
                families.kdvContract(
                    families.noor, "528", "10.95", DateRange.from(LocalDate.of(2026, 1, 1))))
            .issue(new InvoiceNumber(2026, 8), LocalDate.of(2026, 6, 1));
    IssuedInvoice issued =
        new IssuedInvoice(UUID.randomUUID(), families.deVries.id(), invoice, Instant.EPOCH);

    issued.attach(UUID.randomUUID());

    assertThatThrownBy(() -> issued.attach(UUID.randomUUID()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMonthIsStoredAsYearDashMonth() {
    YearMonthText text = new YearMonthText();

    assertThat(text.convertToDatabaseColumn(YearMonth.of(2026, 3))).isEqualTo("2026-03");
    assertThat(text.convertToEntityAttribute("2026-11")).isEqualTo(YearMonth.of(2026, 11));
  }
}
