package nl.ouderportaal.systemtest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.NotFoundException;
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
 * The job monitor's past runs come a page at a time, selected in the database by the caller's
 * organisation: counted, newest first, whoever started them (the service desk, or the schedule
 * through the job runner), and never a run of another organisation; and what a run skipped, a page
 * at a time too. Most runs are annual statements of past years for organisations without invoices,
 * so each finishes at once with nothing to do.
 */
@ExtendWith(ArquillianExtension.class)
public class JobRunsPagingIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(JobRunsPagingIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  private final int lastYear = Year.now().getValue() - 1;

  @Test
  public void theOrganisationsRunsAreCountedAndPagedNewestFirst() throws Exception {
    Scenario s = fixtures.scenario();
    long oldest = startAsServiceDesk(s, lastYear - 2);
    long middle = startAsTheSchedule(s, lastYear - 1);
    long newest = startAsServiceDesk(s, lastYear);
    finish(s, oldest, middle, newest);

    assertThat(asDesk(s, () -> jobs.runCount())).isEqualTo(3);
    assertThat(asDesk(s, () -> jobs.runs(0, 2)))
        .extracting(Jobs.Run::id)
        .containsExactly(newest, middle);
    assertThat(asDesk(s, () -> jobs.runs(2, 2))).extracting(Jobs.Run::id).containsExactly(oldest);
    assertThat(asDesk(s, () -> jobs.runs(3, 2))).isEmpty();
    assertThat(asDesk(s, () -> jobs.runs(0, 1)))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.kind()).isEqualTo(JobKind.ANNUAL_STATEMENTS);
              assertThat(run.parameter()).isEqualTo(String.valueOf(lastYear));
              assertThat(run.status()).isEqualTo("COMPLETED");
            });
  }

  @Test
  public void anotherOrganisationsRunsNeverAppearOnAnyPage() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    long ours = startAsServiceDesk(s, lastYear);
    long theirs = startAsServiceDesk(other, lastYear);
    long theirsBySchedule = startAsTheSchedule(other, lastYear - 1);
    finish(s, ours);
    finish(other, theirs, theirsBySchedule);

    assertThat(asDesk(s, () -> jobs.runCount())).isEqualTo(1);
    assertThat(asDesk(s, () -> jobs.runs(0, Jobs.MAX_PAGE)))
        .extracting(Jobs.Run::id)
        .containsExactly(ours);
    assertThat(asDesk(other, () -> jobs.runCount())).isEqualTo(2);
    assertThat(asDesk(other, () -> jobs.runs(0, Jobs.MAX_PAGE)))
        .extracting(Jobs.Run::id)
        .containsExactly(theirsBySchedule, theirs);
    assertThat(asDesk(s, () -> jobs.running())).isEmpty();
  }

  @Test
  public void whatARunSkippedIsCountedAndPagedInTheOrderItHappenedForItsOwnOrganisationOnly()
      throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    // three families without a parent: nobody to send an invoice to, so each is skipped
    List<UUID> orphans = fixtures.moreFamilies(s.organisation(), 3, false);
    long id = asDesk(s, () -> jobs.start(JobKind.MONTHLY_INVOICING, YearMonth.now().toString()));
    finish(s, id);

    assertThat(asDesk(s, () -> jobs.failureCount(id))).isEqualTo(3);
    List<Jobs.Failure> first = asDesk(s, () -> jobs.failures(id, 0, 2));
    List<Jobs.Failure> second = asDesk(s, () -> jobs.failures(id, 2, 2));
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1);
    assertThat(asDesk(s, () -> jobs.failures(id, 3, 2))).isEmpty();
    List<Jobs.Failure> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(all).extracting(Jobs.Failure::itemId).containsExactlyInAnyOrderElementsOf(orphans);
    assertThat(all)
        .extracting(Jobs.Failure::occurredAt)
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(all).extracting(Jobs.Failure::reason).containsOnly("job.failure.noParent");
    assertThatThrownBy(() -> asDesk(other, () -> jobs.failures(id, 0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asDesk(other, () -> jobs.failureCount(id)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void anOrganisationWithoutRunsHasAnEmptyFirstPage() throws Exception {
    Scenario s = fixtures.scenario();

    assertThat(asDesk(s, () -> jobs.runCount())).isZero();
    assertThat(asDesk(s, () -> jobs.runs(0, 20))).isEmpty();
  }

  private long startAsServiceDesk(Scenario s, int year) throws Exception {
    return asDesk(s, () -> jobs.start(JobKind.ANNUAL_STATEMENTS, String.valueOf(year)));
  }

  /** Starts a run the way the schedule does: through the job runner, not the monitor. */
  private long startAsTheSchedule(Scenario s, int year) {
    return runner.start(
        JobKind.ANNUAL_STATEMENTS.jobName(),
        Map.of(
            JobKind.ANNUAL_STATEMENTS.parameter(),
            String.valueOf(year),
            Jobs.ORGANISATION,
            s.organisation().toString(),
            Jobs.STARTED_BY,
            "schedule"));
  }

  private void finish(Scenario s, long... executionIds) {
    for (long id : executionIds) {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> asDesk(s, () -> jobs.run(id)), run -> FINISHED.contains(run.status()));
    }
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
