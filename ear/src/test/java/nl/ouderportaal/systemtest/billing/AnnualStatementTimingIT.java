package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.billing.StatementTiming;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.ConfirmationRequired;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual statements of a year start without a word only when the year has ended and the
 * organisation's own December is invoiced; before that the service desk is told why and has to
 * confirm, as parents hand the statement in for the childcare allowance.
 */
@ExtendWith(ArquillianExtension.class)
public class AnnualStatementTimingIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(AnnualStatementTimingIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  private final LocalDate today = LocalDate.now(Clocks.ZONE);

  @Test
  public void theStatementsOfAYearThatHasNotEndedStartOnlyWhenConfirmed() throws Exception {
    Scenario s = fixtures.scenario();
    String thisYear = String.valueOf(today.getYear());

    BusinessException refused =
        Caller.refusal(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> jobs.start(JobKind.ANNUAL_STATEMENTS, thisYear));

    assertThat(refused).isInstanceOf(ConfirmationRequired.class);
    assertThat(refused.messageKey()).isEqualTo(StatementTiming.YEAR_NOT_ENDED);
    assertThat(refused.arguments()).containsExactly(thisYear);
    assertThat(asDesk(s, () -> jobs.runCount())).as("nothing started").isZero();

    long id = asDesk(s, () -> jobs.start(JobKind.ANNUAL_STATEMENTS, thisYear, true));

    assertThat(finish(s, id).status()).isEqualTo("COMPLETED");
    assertThat(asDesk(s, () -> jobs.runCount())).isEqualTo(1);
  }

  @Test
  public void aPastYearWaitsForTheDecemberInvoicesOfTheOwnOrganisation() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    int lastYear = today.getYear() - 1;
    YearMonth december = YearMonth.of(lastYear, 12);
    // Ada (three years old) has been in care since last November in both organisations
    fixtures.careBetween(s.childA2(), LocalDate.of(lastYear, 11, 1), null);
    fixtures.careBetween(other.childA2(), LocalDate.of(lastYear, 11, 1), null);
    // the other organisation's December invoices say nothing about this one's
    assertThat(finish(other, asDesk(other, () -> invoice(december))).status())
        .isEqualTo("COMPLETED");

    BusinessException refused =
        Caller.refusal(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> jobs.start(JobKind.ANNUAL_STATEMENTS, String.valueOf(lastYear)));

    assertThat(refused).isInstanceOf(ConfirmationRequired.class);
    assertThat(refused.messageKey()).isEqualTo(StatementTiming.DECEMBER_NOT_INVOICED);
    assertThat(refused.arguments()).containsExactly(String.valueOf(lastYear));

    assertThat(finish(s, asDesk(s, () -> invoice(december))).status()).isEqualTo("COMPLETED");
    assertThat(fixtures.invoiceCount(s.familyA(), december)).isEqualTo(1);
    long statements =
        asDesk(s, () -> jobs.start(JobKind.ANNUAL_STATEMENTS, String.valueOf(lastYear)));

    assertThat(finish(s, statements).status()).isEqualTo("COMPLETED");
  }

  private long invoice(YearMonth month) {
    return jobs.start(JobKind.MONTHLY_INVOICING, month.toString());
  }

  private Jobs.Run finish(Scenario s, long executionId) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> asDesk(s, () -> jobs.run(executionId)), run -> FINISHED.contains(run.status()));
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
