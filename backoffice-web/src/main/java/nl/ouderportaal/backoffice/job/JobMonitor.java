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
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.ConfirmationRequired;
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

  /** What the diary exports of a run are for: a day's ended care, a group, or one child. */
  public enum DiaryChoice {
    ENDED,
    GROUP,
    CHILD
  }

  @Inject private Jobs jobs;

  private JobKind kind = JobKind.MONTHLY_INVOICING;
  private String parameter;
  private DiaryChoice diaryChoice = DiaryChoice.ENDED;
  private List<Jobs.GroupChoice> groups;
  private UUID group;
  private Jobs.ChildChoice child;
  private List<Jobs.ChildChoice> childSuggestions = List.of();

  /** The start that waits for the user's confirmation, with the reason; null when none does. */
  private JobKind unconfirmedKind;

  private String unconfirmedParameter;
  private String unconfirmedReason;
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
    unconfirmedReason = null;
    if (kind == JobKind.DIARY_EXPORTS && groups == null) {
      groups = jobs.diaryGroups();
    }
    LocalDate today = LocalDate.now(Clocks.ZONE);
    parameter =
        switch (kind) {
          case MONTHLY_INVOICING -> YearMonth.from(today).minusMonths(1).toString();
          case ANNUAL_STATEMENTS -> String.valueOf(today.getYear() - 1);
          case DIARY_EXPORTS -> today.minusDays(1).toString();
          case ORGANISATION_IMPORT -> "";
        };
  }

  /** What the user changed makes an earlier warning obsolete. */
  public void choiceChanged() {
    unconfirmedReason = null;
  }

  /**
   * Starts the chosen job. When it needs a confirmation (annual statements too early), nothing
   * starts yet: the page shows why, with a button to {@link #confirm} it.
   */
  public void start() {
    String value = chosenParameter();
    if (value == null) {
      Messages.error(
          "start:" + (diaryChoice == DiaryChoice.GROUP ? "group" : "child"),
          "jobs.diary.choose." + diaryChoice);
      return;
    }
    unconfirmedReason = null;
    try {
      started(jobs.start(kind, value));
    } catch (ConfirmationRequired asked) {
      unconfirmedKind = kind;
      unconfirmedParameter = value;
      unconfirmedReason = Messages.text(asked.messageKey(), asked.arguments().toArray());
    } catch (BusinessException refused) {
      Messages.error("start", refused);
    }
  }

  /** Starts the job the user was warned about, as they confirmed it. */
  public void confirm() {
    if (unconfirmedReason == null) {
      return;
    }
    unconfirmedReason = null;
    try {
      started(jobs.start(unconfirmedKind, unconfirmedParameter, true));
    } catch (BusinessException refused) {
      Messages.error("start", refused);
    }
  }

  /** The warning is put aside: nothing starts. */
  public void cancel() {
    unconfirmedReason = null;
  }

  private void started(long id) {
    current = jobs.run(id);
    Messages.info("jobs.started", Messages.text("jobKind." + current.kind()), subject(current));
  }

  /** The job parameter of what was chosen: typed in, or the id of the chosen group or child. */
  private String chosenParameter() {
    if (kind != JobKind.DIARY_EXPORTS) {
      return parameter;
    }
    return switch (diaryChoice) {
      case ENDED -> parameter;
      case GROUP -> group == null ? null : group.toString();
      case CHILD -> child == null ? null : child.id().toString();
    };
  }

  /** The children whose name holds what was typed, for the child's field. */
  public List<Jobs.ChildChoice> completeChild(String text) {
    childSuggestions = jobs.childrenNamed(text);
    return childSuggestions;
  }

  /** What a run is for, after its job's name: the group or child by name, or the parameter. */
  public String subject(Jobs.Run run) {
    Jobs.Subject subject = run.subject();
    if (subject != null) {
      return Messages.text("jobs.subject." + subject.type(), subject.name());
    }
    return run.kind() == JobKind.DIARY_EXPORTS && run.parameter().length() == 36
        ? Messages.text("jobs.subject.gone")
        : run.parameter();
  }

  public void restart(Jobs.Run run) {
    try {
      long id = jobs.restart(run.id());
      current = jobs.run(id);
      Messages.info("jobs.restarted", Messages.text("jobKind." + run.kind()), subject(run));
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

  public DiaryChoice[] getDiaryChoices() {
    return DiaryChoice.values();
  }

  public DiaryChoice getDiaryChoice() {
    return diaryChoice;
  }

  public void setDiaryChoice(DiaryChoice diaryChoice) {
    this.diaryChoice = diaryChoice;
  }

  public List<Jobs.GroupChoice> getGroups() {
    return groups;
  }

  public UUID getGroup() {
    return group;
  }

  public void setGroup(UUID group) {
    this.group = group;
  }

  public Jobs.ChildChoice getChild() {
    return child;
  }

  public void setChild(Jobs.ChildChoice child) {
    this.child = child;
  }

  /** The children last suggested, among which the chosen one is found again on submit. */
  public List<Jobs.ChildChoice> getChildSuggestions() {
    return childSuggestions;
  }

  /** Why the start waits for a confirmation, or null. */
  public String getUnconfirmedReason() {
    return unconfirmedReason;
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
