package nl.ouderportaal.batch.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.billing.InvoiceRun;
import nl.ouderportaal.domain.diary.DiaryExportSelection;
import nl.ouderportaal.domain.diary.DiaryExports;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * Starts the jobs nobody should have to remember: from the first working day of a month, the
 * invoicing of the month before; from the first working day after 14 January (when December's
 * invoices are out), the annual statements of the year before; every day, the diary exports of the
 * children whose care ended yesterday (or earlier, and missed). One run per organisation, so each
 * service desk sees and can restart its own.
 *
 * <p>A persistent timer in the database, checked every morning. After downtime WildFly makes up the
 * missed firings with one firing at boot; and a run is started only when the organisation has none
 * yet for that month, year or day (a failed one is the service desk's to restart), and for the
 * diary exports only when a child's care ended. A diary export run takes every child whose care
 * ended on its day or earlier and whose export is not up to date, so a day the server was down is
 * made up by the next. Running a job twice would do no harm anyway: the jobs are idempotent.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Schedules {

  private static final System.Logger LOG = System.getLogger(Schedules.class.getName());

  @Inject private JobRunner jobs;
  @Inject private InvoiceRun invoiceRun;
  @Inject private DiaryExports diaryExports;
  @Inject private Clock clock;

  /** A job the schedule starts, with the value of its parameter. */
  record Due(JobKind kind, String value) {}

  // the info names only the first two jobs: it stays as it was, so the persisted timer stays the
  // one
  @Schedule(
      hour = "6",
      minute = "30",
      timezone = Clocks.ZONE_ID,
      persistent = true,
      info = "invoicing and statements")
  public void everyMorning() {
    for (Due due : dueOn(LocalDate.now(clock))) {
      startForEveryOrganisation(due.kind(), due.value());
    }
  }

  /** The runs due on a day, each once per organisation. */
  static List<Due> dueOn(LocalDate today) {
    List<Due> due = new ArrayList<>();
    YearMonth month = YearMonth.from(today);
    if (!today.isBefore(WorkingDays.firstOf(month))) {
      due.add(new Due(JobKind.MONTHLY_INVOICING, month.minusMonths(1).toString()));
    }
    if (today.getMonth() == Month.JANUARY
        && !today.isBefore(WorkingDays.firstOnOrAfter(today.withDayOfMonth(15)))) {
      due.add(new Due(JobKind.ANNUAL_STATEMENTS, String.valueOf(today.getYear() - 1)));
    }
    due.add(new Due(JobKind.DIARY_EXPORTS, today.minusDays(1).toString()));
    return due;
  }

  private void startForEveryOrganisation(JobKind kind, String value) {
    List<JobRunner.Execution> earlier = jobs.executions(kind.jobName(), 500);
    for (UUID organisation : invoiceRun.organisations()) {
      boolean done =
          earlier.stream()
              .anyMatch(
                  e ->
                      organisation.toString().equals(e.parameters().get(Jobs.ORGANISATION))
                          && value.equals(e.parameters().get(kind.parameter())));
      if (!done && hasWork(kind, value, organisation)) {
        long id =
            jobs.start(
                kind.jobName(),
                Map.of(
                    kind.parameter(),
                    value,
                    Jobs.ORGANISATION,
                    organisation.toString(),
                    Jobs.STARTED_BY,
                    "schedule"));
        LOG.log(
            System.Logger.Level.INFO,
            "Started {0} {1} for organisation {2}: execution {3}",
            kind.jobName(),
            value,
            organisation,
            id);
      }
    }
  }

  /**
   * Whether a run would find anything: the diary exports run every day, and most days no child's
   * care ended; an empty run a day per organisation would only bury the others in the job monitor.
   */
  private boolean hasWork(JobKind kind, String value, UUID organisation) {
    return kind != JobKind.DIARY_EXPORTS
        || diaryExports.countChildren(
                organisation, DiaryExportSelection.endingOn(LocalDate.parse(value)))
            > 0;
  }
}
