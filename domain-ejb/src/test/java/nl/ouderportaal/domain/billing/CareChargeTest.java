package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import nl.ouderportaal.domain.organisation.CarePolicy;
import nl.ouderportaal.domain.organisation.CareType;
import org.junit.jupiter.api.Test;

/**
 * How an approved request on the invoice is billed: extra care, or a late cancellation when the
 * child was reported absent after the cancel deadline (by default two days before at 18:00).
 */
class CareChargeTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** A Wednesday; its cancel deadline is Monday 16 November at 18:00. */
  private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

  private final Families families = new Families();
  private final CarePolicy policy =
      CarePolicy.standard(families.organisation.id(), CareType.DAYCARE);

  private CareCharge approved(Optional<Instant> absenceReported) {
    return CareCharge.approved(
        families.noor,
        families.kdv,
        DAY,
        new BigDecimal("5.5"),
        Money.euros("10.95"),
        policy,
        absenceReported);
  }

  private static Optional<Instant> at(int day, int hour, int minute) {
    return Optional.of(LocalDateTime.of(2026, 11, day, hour, minute).atZone(AMSTERDAM).toInstant());
  }

  @Test
  void withoutAnAbsenceItIsExtraCare() {
    CareCharge charge = approved(Optional.empty());

    assertThat(charge.kind()).isEqualTo(LineKind.EXTRA_CARE);
    assertThat(charge.description()).isEqualTo("Extra opvang 18-11-2026");
  }

  @Test
  void anAbsenceReportedAfterTheDeadlineIsALateCancellationChargedInFull() {
    CareCharge charge = approved(at(16, 18, 0));

    assertThat(charge.kind()).isEqualTo(LineKind.LATE_CANCELLATION);
    assertThat(charge.description())
        .isEqualTo("Extra opvang 18-11-2026, afgemeld na de annuleertermijn");
    InvoiceLine line = charge.toLine();
    assertThat(line.kind()).isEqualTo(LineKind.LATE_CANCELLATION);
    assertThat(line.amount()).isEqualTo(Money.euros("60.23"));
    assertThat(approved(at(18, 7, 0)).kind()).isEqualTo(LineKind.LATE_CANCELLATION);
  }

  @Test
  void anAbsenceReportedWhileCancellingWasStillPossibleStaysExtraCare() {
    assertThat(approved(at(16, 17, 59)).kind()).isEqualTo(LineKind.EXTRA_CARE);
  }

  @Test
  void onTheInvoiceTheLateCancellationComesAfterTheExtraCareOfTheChild() {
    CareCharge extra =
        CareCharge.approved(
            families.noor,
            families.kdv,
            LocalDate.of(2026, 11, 19),
            new BigDecimal("5.5"),
            Money.euros("10.95"),
            policy,
            Optional.empty());

    Invoice invoice =
        new InvoiceDraft(families.deVries, families.parents, YearMonth.of(2026, 11))
            .addCharge(approved(at(17, 9, 0)))
            .addCharge(extra)
            .issue(new InvoiceNumber(2026, 7), LocalDate.of(2026, 11, 30));

    assertThat(invoice.lines())
        .extracting(InvoiceLine::kind)
        .containsExactly(LineKind.EXTRA_CARE, LineKind.LATE_CANCELLATION);
    assertThat(invoice.total()).isEqualTo(Money.euros("120.46"));
  }
}
