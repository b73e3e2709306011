package nl.ouderportaal.backoffice.job;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The service desk's job monitor: start the invoicing of a month, the annual statements of a year
 * or the diary exports (of a day's ended care, a group or a child), a progress bar while a run goes
 * on (polled), the past runs (paged in the boundary), the failures of a run with their reasons, and
 * restarting a failed or stopped run.
 */
@Named
@ViewScoped
public class JobMonitor implements Serializable {

  /** The table of what the chosen run skipped. */
  private static final String FAILURES = "failures:table";

  @Inject private Jobs jobs;

  private JobKind kind = JobKind.MONTHLY_INVOICING;
  private String parameter;
  private final LazyDataModel<Jobs.Run> runs =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) jobs.runCount();
        }

        @Override
        public List<Jobs.Run> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return jobs.runs(first, pageSize);
        }

        @Override
        public String getRowKey(Jobs.Run run) {
          return String.valueOf(run.id());
        }
      };
  private Jobs.Run current;
  private Long selected;

  private final LazyDataModel<Jobs.Failure> failures =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return selected == null ? 0 : (int) jobs.failureCount(selected);
        }

        @Override
        public List<Jobs.Failure> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return selected == null ? List.of() : jobs.failures(selected, first, pageSize);
        }

        @Override
        public String getRowKey(Jobs.Failure failure) {
          return failure.id().toString();
        }
      };

  @PostConstruct
  void load() {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    parameter = YearMonth.from(today).minusMonths(1).toString();
    refresh();
  }

  /**
   * The run being followed gets its progress, or the one going on is found; the page of past runs
   * is loaded again by its table when it is shown.
   */
  public void refresh() {
    if (current != null) {
      current = jobs.run(current.id());
    } else {
      current = jobs.running().orElse(null);
    }
  }

  /** A new kind was chosen: suggest its usual parameter. */
  public void kindChanged() {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    parameter =
        switch (kind) {
          case MONTHLY_INVOICING -> YearMonth.from(today).minusMonths(1).toString();
          case ANNUAL_STATEMENTS -> String.valueOf(today.getYear() - 1);
          case DIARY_EXPORTS -> today.minusDays(1).toString();
          case ORGANISATION_IMPORT -> "";
        };
  }

  public void start() {
    try {
      long id = jobs.start(kind, parameter);
      current = jobs.run(id);
      Messages.info("jobs.started", Messages.text("jobKind." + kind), parameter);
    } catch (BusinessException refused) {
      Messages.error("start", refused);
    }
  }

  public void restart(Jobs.Run run) {
    try {
      long id = jobs.restart(run.id());
      current = jobs.run(id);
      Messages.info("jobs.restarted", Messages.text("jobKind." + run.kind()), run.parameter());
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  /** Shows the first page of what the run skipped. */
  public void showFailures(Jobs.Run run) {
    selected = run.id();
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(FAILURES)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** Whether the page should keep polling. */
  public boolean isPolling() {
    return current != null && current.isRunning();
  }

  public String duration(Jobs.Run run) {
    Duration d = run.duration(java.time.Instant.now());
    long minutes = d.toMinutes();
    return minutes > 0 ? minutes + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
  }

  public String when(Jobs.Run run) {
    return Messages.dateTime(run.start());
  }

  /** The reason of a failure in the user's words; the technical detail when it has no key. */
  public String reason(Jobs.Failure failure) {
    ResourceBundle bundle = Messages.bundle();
    return bundle.containsKey(failure.reason())
        ? bundle.getString(failure.reason())
        : failure.reason();
  }

  /** The jobs the form starts (the import starts from its own upload form). */
  public List<JobKind> getKinds() {
    return java.util.Arrays.stream(JobKind.values()).filter(JobKind::startable).toList();
  }

  public JobKind getKind() {
    return kind;
  }

  public void setKind(JobKind kind) {
    this.kind = kind;
  }

  public String getParameter() {
    return parameter;
  }

  public void setParameter(String parameter) {
    this.parameter = parameter;
  }

  public LazyDataModel<Jobs.Run> getRuns() {
    return runs;
  }

  public Jobs.Run getCurrent() {
    return current;
  }

  public Long getSelected() {
    return selected;
  }

  public LazyDataModel<Jobs.Failure> getFailures() {
    return failures;
  }
}
