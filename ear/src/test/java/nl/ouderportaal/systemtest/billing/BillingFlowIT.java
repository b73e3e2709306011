package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.billing.Invoice;
import nl.ouderportaal.domain.billing.InvoiceLine;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.domain.billing.LineKind;
import nl.ouderportaal.domain.care.AbsenceReason;
import nl.ouderportaal.domain.care.Absences;
import nl.ouderportaal.domain.care.CareCharge;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.care.LineDraft;
import nl.ouderportaal.domain.care.Reviews;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.PdfText;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a parent's request 'on the invoice' to the invoice, through the real boundaries and the
 * invoicing job: the service desk approves two requests (each makes a charge), the cancel deadline
 * of the second day passes (the organisation sets it ten days before, so care in the coming days
 * can no longer be cancelled), the parent reports an absence instead, and the month's invoice holds
 * the contract care, the extra care and the late cancellation, each charge invoiced once.
 */
@ExtendWith(ArquillianExtension.class)
public class BillingFlowIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  /** The fixture contract of each child: 528 h x 10.95 / 12. */
  private static final BigDecimal CONTRACT_MONTH = new BigDecimal("481.80");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(BillingFlowIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CareRequests")
  private CareRequests requests;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Reviews")
  private Reviews reviews;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Absences")
  private Absences absences;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invoices")
  private Invoices invoices;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  private final LocalDate today = LocalDate.now();

  @Test
  public void approvedCareAndCareCalledOffTooLateAreInvoicedOnceNextToTheContract()
      throws Exception {
    Scenario s = fixtures.scenario();
    // with a deadline of ten days before, care in the coming three to nine days can be asked for
    // but no longer cancelled
    asDesk(
        s,
        () -> {
          settings.changeCarePolicy(
              CareType.DAYCARE, new Settings.CarePolicyView(2, 90, 10, LocalTime.of(18, 0)));
          return null;
        });
    List<LocalDate> days = twoDaysWithoutContractCare();
    LocalDate extraDay = days.get(0);
    LocalDate calledOffDay = days.get(1);

    UUID first = requestOnTheInvoice(s, extraDay);
    asDesk(s, () -> approve(first));
    UUID second = requestOnTheInvoice(s, calledOffDay);
    asDesk(s, () -> approve(second));

    List<CareCharge> charges = fixtures.chargesOf(s.childA1());
    assertThat(charges)
        .extracting(CareCharge::careDay, CareCharge::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(extraDay, CareCharge.Status.OPEN),
            org.assertj.core.groups.Tuple.tuple(calledOffDay, CareCharge.Status.OPEN));
    BigDecimal extraAmount = charges.get(0).amount();
    BigDecimal calledOffAmount = charges.get(1).amount();
    assertThat(extraAmount)
        .isEqualByComparingTo(
            charges
                .get(0)
                .hours()
                .multiply(charges.get(0).hourlyRate())
                .setScale(2, RoundingMode.HALF_UP))
        .isPositive();

    // too late to cancel: the parent reports the child absent instead, and the charge stays
    UUID calledOffLine = asParentA(s, () -> requests.request(second)).lines().get(0).id();
    assertThatThrownBy(
            () ->
                asParentA(
                    s,
                    () -> {
                      requests.cancel(calledOffLine);
                      return null;
                    }))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("care.cancel.tooLate");
    assertThat(
            asParentA(
                s,
                () ->
                    absences.report(
                        s.childA1(), List.of(calledOffDay), AbsenceReason.SICK, "Koorts")))
        .isEqualTo(1);

    // the month of the later day holds both charges (a charge waits for the first run after it)
    YearMonth month = YearMonth.from(calledOffDay);
    assertThat(runToTheEnd(s, startInvoicing(s, month)).status()).isEqualTo("COMPLETED");

    Invoice invoice = fixtures.invoiceOf(s.familyA(), month);
    assertThat(invoice).isNotNull();
    assertThat(invoice.lines())
        .filteredOn(line -> line.kind() == LineKind.CONTRACT_CARE)
        .hasSize(2)
        .allSatisfy(
            line -> assertThat(line.amount().amount()).isEqualByComparingTo(CONTRACT_MONTH));
    InvoiceLine extra = only(invoice, LineKind.EXTRA_CARE);
    assertThat(extra.child().id()).isEqualTo(s.childA1());
    assertThat(extra.care().start()).isEqualTo(extraDay);
    assertThat(extra.amount().amount()).isEqualByComparingTo(extraAmount);
    assertThat(extra.description()).startsWith("Extra opvang").doesNotContain("afgemeld");
    InvoiceLine late = only(invoice, LineKind.LATE_CANCELLATION);
    assertThat(late.child().id()).isEqualTo(s.childA1());
    assertThat(late.care().start()).isEqualTo(calledOffDay);
    assertThat(late.amount().amount()).isEqualByComparingTo(calledOffAmount);
    assertThat(late.description()).contains("afgemeld na de annuleertermijn");
    assertThat(invoice.lines()).hasSize(4);
    assertThat(invoice.total().amount())
        .isEqualByComparingTo(
            CONTRACT_MONTH.multiply(BigDecimal.valueOf(2)).add(extraAmount).add(calledOffAmount));
    assertThat(fixtures.chargesOf(s.childA1()))
        .extracting(CareCharge::status)
        .containsOnly(CareCharge.Status.INVOICED);

    UUID invoiceId =
        asParentA(s, () -> invoices.mine()).stream()
            .filter(summary -> summary.period().equals(month))
            .findFirst()
            .orElseThrow()
            .id();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    asParentA(
        s,
        () -> {
          invoices.streamPdf(invoiceId, pdf);
          return null;
        });
    // a long description wraps in its cell: compare the words, not the line breaks
    assertThat(PdfText.of(pdf.toByteArray()).replaceAll("\\s+", " "))
        .contains(s.parentAName(), "Extra opvang", "afgemeld na de annuleertermijn");

    // a second run of the month adds nothing: no invoice, no line, no charge billed twice
    assertThat(runToTheEnd(s, startInvoicing(s, month)).status()).isEqualTo("COMPLETED");
    assertThat(fixtures.invoiceCount(s.familyA(), month)).isEqualTo(1);
    assertThat(fixtures.invoiceOf(s.familyA(), month).lines()).hasSize(4);
    assertThat(fixtures.invoiceNumbers(s.organisation())).hasSize(2);
    assertThat(fixtures.chargesOf(s.childA1()))
        .extracting(CareCharge::status)
        .containsOnly(CareCharge.Status.INVOICED);
  }

  /**
   * The first two days, from three to nine days ahead, without contract care (the fixture contract
   * is on Mondays) and not in the weekend: inside the request window, past the cancel deadline.
   */
  private List<LocalDate> twoDaysWithoutContractCare() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = today.plusDays(3); days.size() < 2; day = day.plusDays(1)) {
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY
          && weekday != DayOfWeek.SUNDAY
          && weekday != DayOfWeek.MONDAY) {
        days.add(day);
      }
    }
    assertThat(days.get(1)).isBeforeOrEqualTo(today.plusDays(9));
    return days;
  }

  /** Parent A asks for a morning for child A1 paid on the invoice: it waits for the desk. */
  private UUID requestOnTheInvoice(Scenario s, LocalDate day) throws Exception {
    return asParentA(
            s,
            () ->
                requests.submit(
                    List.of(new LineDraft(s.childA1(), day, DayPart.MORNING, null, null, null))))
        .requestId();
  }

  private Void approve(UUID request) {
    reviews.approve(request, null);
    return null;
  }

  private static InvoiceLine only(Invoice invoice, LineKind kind) {
    List<InvoiceLine> lines = invoice.lines().stream().filter(l -> l.kind() == kind).toList();
    assertThat(lines).as(kind.toString()).hasSize(1);
    return lines.get(0);
  }

  /**
   * Starts the invoicing of the month for the scenario's organisation. Through the runner, as the
   * schedule does: the month of the later care day may be next month, which the service desk cannot
   * choose yet.
   */
  private long startInvoicing(Scenario s, YearMonth month) {
    return runner.start(
        JobKind.MONTHLY_INVOICING.jobName(),
        Map.of("period", month.toString(), Jobs.ORGANISATION, s.organisation().toString()));
  }

  /** Waits until the run has finished, and gives it as the service desk sees it. */
  private Jobs.Run runToTheEnd(Scenario s, long executionId) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> asDesk(s, () -> jobs.run(executionId)), run -> FINISHED.contains(run.status()));
  }

  private static <T> T asParentA(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.parentAAccount(), "PARENT", action);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
