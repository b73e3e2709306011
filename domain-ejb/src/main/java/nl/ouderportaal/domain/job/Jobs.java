package nl.ouderportaal.domain.job;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.billing.InvoiceRun;
import nl.ouderportaal.domain.billing.StatementTiming;
import nl.ouderportaal.domain.diary.DiaryExportSelection;
import nl.ouderportaal.domain.diary.DiaryExports;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.ConfirmationRequired;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The job monitor of the service desk: start the invoicing of a month, the annual statements of a
 * year or the diary exports (of the children whose care ended, of a group or of one child) for
 * their own organisation, follow a run, see what it could not do, restart a run that failed or was
 * stopped. Runs of other organisations (and the schedule's runs for all of them) do not exist for
 * the caller.
 */
@Stateless
public class Jobs {

  /** Job parameter: the organisation a run is for; absent in the schedule's runs for all. */
  public static final String ORGANISATION = "organisation";

  /** Job parameter: the account that started the run. */
  public static final String STARTED_BY = "startedBy";

  private static final Set<String> UNFINISHED = Set.of("STARTING", "STARTED", "STOPPING");

  /** Whether a run with this batch status still goes on. */
  public static boolean isUnfinished(String status) {
    return UNFINISHED.contains(status);
  }

  private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

  /** The largest page of runs, or of a run's failures, given at once. */
  public static final int MAX_PAGE = 100;

  /** How many of the latest runs are looked at for one that still goes on. */
  private static final int RECENT = 20;

  /**
   * A run as the monitor shows it: its parameter, and for a diary export of a group or child what
   * it is for by name ({@code subject} is null for other runs, or when the group or child is gone).
   */
  public record Run(
      long id,
      JobKind kind,
      String parameter,
      Subject subject,
      String status,
      Instant start,
      Instant end,
      long read,
      long written,
      long skipped,
      long total)
      implements Serializable {

    public boolean isRunning() {
      return UNFINISHED.contains(status);
    }

    public boolean isRestartable() {
      return RESTARTABLE.contains(status);
    }

    /** How long it ran, or runs so far. */
    public Duration duration(Instant now) {
      return start == null ? Duration.ZERO : Duration.between(start, end == null ? now : end);
    }

    /** Items read of the expected total, 0-100. */
    public int percent() {
      if (!isRunning()) {
        return "COMPLETED".equals(status) ? 100 : (int) Math.min(100, percentOf(read, total));
      }
      return (int) Math.min(99, percentOf(read, total));
    }

    private static long percentOf(long part, long whole) {
      return whole <= 0 ? 0 : part * 100 / whole;
    }
  }

  /** The group or child a diary export run is for, by name. */
  public record Subject(Type type, String name) implements Serializable {

    public enum Type {
      GROUP,
      CHILD
    }
  }

  /** A group the diary exports can be started for, with its location. */
  public record GroupChoice(UUID id, String name, String location) implements Serializable {}

  /** A child the diary exports can be started for, with its birth date to tell namesakes apart. */
  public record ChildChoice(UUID id, String name, LocalDate birthDate) implements Serializable {}

  /** The most children {@link #childrenNamed} gives. */
  public static final int MAX_CHILDREN = 20;

  /**
   * An item a run skipped, with the family it belongs to (for a link to the family's page): the
   * family itself, or a child's family; null when it is not known (any more).
   */
  public record Failure(
      UUID id,
      JobItemFailure.ItemType itemType,
      UUID itemId,
      String itemName,
      UUID familyId,
      String reason,
      String detail,
      Instant occurredAt)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private InvoiceRun invoiceRun;
  @Inject private DiaryExports diaryExports;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Starts a job for the caller's organisation, unless it needs a confirmation (see {@link
   * #start(JobKind, String, boolean)}).
   */
  public long start(JobKind kind, String parameter) {
    return start(kind, parameter, false);
  }

  /**
   * Starts a job for the caller's organisation. The annual statements of a year that has not ended,
   * or whose December the organisation has not invoiced, start only when {@code confirmed}: they
   * would show too little care for the allowance ({@link StatementTiming}).
   *
   * @throws ConfirmationRequired {@code job.statements.yearNotEnded} or {@code
   *     job.statements.decemberNotInvoiced}, with the year, when not confirmed
   * @throws BusinessException {@code job.periodInvalid}, {@code job.yearInvalid}, {@code
   *     job.diaryParameterInvalid} (also for the id of a child or group of another organisation) or
   *     {@code job.alreadyRunning}
   */
  public long start(JobKind kind, String parameter, boolean confirmed) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    UUID organisation = organisation();
    LocalDate today = LocalDate.now(clock);
    String value = kind.checkParameter(parameter, today);
    String name = parameterName(kind, value, organisation);
    Optional<String> tooEarly =
        kind == JobKind.ANNUAL_STATEMENTS
            ? timing(Year.parse(value), today, organisation).tooEarlyBecause()
            : Optional.empty();
    if (tooEarly.isPresent() && !confirmed) {
      throw new ConfirmationRequired(tooEarly.get(), value);
    }
    boolean running =
        runsOf(kind, organisation).stream()
            .anyMatch(run -> run.isRunning() && run.parameter().equals(value));
    if (running) {
      throw new BusinessException("job.alreadyRunning", value);
    }
    long id =
        runner.start(
            kind.jobName(),
            Map.of(
                name, value, ORGANISATION, organisation.toString(), STARTED_BY, actor.toString()));
    audit.record(
        actor,
        "JOB_STARTED",
        "ORGANISATION",
        organisation,
        kind.jobName() + " " + value + (tooEarly.isPresent() ? " (too early, confirmed)" : ""));
    return id;
  }

  /** When the organisation's statements of the year would come on the day. */
  private StatementTiming timing(Year year, LocalDate today, UUID organisation) {
    boolean ended = today.getYear() > year.getValue();
    return new StatementTiming(
        year, today, ended && invoiceRun.monthInvoiced(organisation, year.atMonth(12)));
  }

  /**
   * Which of the kind's job parameters holds the value: for the diary exports a day is {@code
   * endingOn}, and an id is {@code child} or {@code group} when it is one of the organisation's.
   */
  private String parameterName(JobKind kind, String value, UUID organisation) {
    if (kind != JobKind.DIARY_EXPORTS) {
      return kind.parameter();
    }
    if (value.length() != 36) {
      return DiaryExportSelection.ENDING_ON;
    }
    return diaryExports
        .childOrGroup(organisation, UUID.fromString(value))
        .map(DiaryExportSelection::parameterName)
        .orElseThrow(() -> new BusinessException("job.diaryParameterInvalid").on("parameter"));
  }

  /** The organisation's groups by name, for the diary exports of a group. */
  public List<GroupChoice> diaryGroups() {
    currentUser.require(Role.SERVICEDESK);
    return em.createQuery(
            "select g.id, g.name, g.location.name from Group g"
                + " where g.location.organisation.id = :organisation"
                + " order by g.name, g.location.name",
            Object[].class)
        .setParameter("organisation", organisation())
        .getResultStream()
        .map(row -> new GroupChoice((UUID) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /**
   * The organisation's children whose name holds the text (any case), by name, at most {@link
   * #MAX_CHILDREN}: for the diary exports of one child.
   */
  public List<ChildChoice> childrenNamed(String text) {
    currentUser.require(Role.SERVICEDESK);
    String words = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (words.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select k.id, k.firstName, k.lastName, k.birthDate from Child k"
                + " where k.family.organisation.id = :organisation"
                + " and lower(concat(k.firstName, ' ', k.lastName)) like :text escape '!'"
                + " order by k.firstName, k.lastName, k.birthDate, k.id",
            Object[].class)
        .setParameter("organisation", organisation())
        .setParameter("text", "%" + words.replaceAll("[!%_]", "!$0") + "%")
        .setMaxResults(MAX_CHILDREN)
        .getResultStream()
        .map(row -> new ChildChoice((UUID) row[0], row[1] + " " + row[2], (LocalDate) row[3]))
        .toList();
  }

  /** How many runs of every job the organisation has had. */
  public long runCount() {
    currentUser.require(Role.SERVICEDESK);
    return em.createNamedQuery("JobRun.countOfOrganisation", Long.class)
        .setParameter("organisation", organisation())
        .getSingleResult();
  }

  /** A page of the organisation's runs of every job, newest first. */
  public List<Run> runs(int first, int max) {
    currentUser.require(Role.SERVICEDESK);
    List<Long> ids =
        em.createNamedQuery("JobRun.ofOrganisation", Long.class)
            .setParameter("organisation", organisation())
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
            .getResultList();
    return runsWithIds(ids);
  }

  /**
   * The newest run of the organisation that is still going on, with its progress: among its latest
   * runs, as a run that goes on is one of the last started.
   */
  public Optional<Run> running() {
    currentUser.require(Role.SERVICEDESK);
    List<Long> ids =
        em.createNamedQuery("JobRun.ofOrganisation", Long.class)
            .setParameter("organisation", organisation())
            .setMaxResults(RECENT)
            .getResultList();
    return ids.stream()
        .map(runner::execution)
        .flatMap(Optional::stream)
        .filter(e -> isOurs(e.jobName()) && UNFINISHED.contains(e.status()))
        .findFirst()
        .map(e -> toRun(e, true));
  }

  /** One run, with its progress. */
  public Run run(long executionId) {
    currentUser.require(Role.SERVICEDESK);
    return toRun(readable(executionId, organisation()), true);
  }

  /** How many items a run could not do. */
  public long failureCount(long executionId) {
    currentUser.require(Role.SERVICEDESK);
    readable(executionId, organisation());
    return em.createNamedQuery("JobItemFailure.countOfExecution", Long.class)
        .setParameter("execution", executionId)
        .getSingleResult();
  }

  /** A page of what a run could not do, and why, in the order it happened. */
  public List<Failure> failures(long executionId, int first, int max) {
    currentUser.require(Role.SERVICEDESK);
    readable(executionId, organisation());
    return em.createNamedQuery("JobItemFailure.ofExecution", JobItemFailure.class)
        .setParameter("execution", executionId)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
        .getResultStream()
        .map(
            f ->
                new Failure(
                    f.id(),
                    f.itemType(),
                    f.itemId(),
                    f.itemName(),
                    familyOf(f),
                    f.reason(),
                    f.detail(),
                    f.occurredAt()))
        .toList();
  }

  /**
   * Restarts a failed or stopped run: it goes on after the last item of its last checkpoint, and
   * items done after that are found done.
   *
   * @throws BusinessException {@code job.notRestartable}
   */
  public long restart(long executionId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    UUID organisation = organisation();
    JobRunner.Execution execution = readable(executionId, organisation);
    if (!RESTARTABLE.contains(execution.status())) {
      throw new BusinessException("job.notRestartable");
    }
    JobKind kind = JobKind.ofJobName(execution.jobName());
    Map<String, String> parameters = new HashMap<>();
    for (String name : kind.parameters()) {
      String value = execution.parameters().get(name);
      if (value != null) {
        parameters.put(name, value);
      }
    }
    parameters.put(ORGANISATION, organisation.toString());
    parameters.put(STARTED_BY, actor.toString());
    long id = runner.restart(executionId, parameters);
    audit.record(
        actor,
        "JOB_RESTARTED",
        "ORGANISATION",
        organisation,
        kind.jobName() + " " + kind.parameterIn(execution.parameters()) + " #" + executionId);
    return id;
  }

  /** The family of a skipped family or child, if it still exists. */
  private UUID familyOf(JobItemFailure failure) {
    if (failure.itemId() == null) {
      return null;
    }
    if (failure.itemType() == JobItemFailure.ItemType.FAMILY) {
      return failure.itemId();
    }
    Child child = em.find(Child.class, failure.itemId());
    return child == null ? null : child.family().id();
  }

  /** The organisation's latest runs of a job, newest first: selected in the database. */
  private List<Run> runsOf(JobKind kind, UUID organisation) {
    return runsWithIds(
        em.createNamedQuery("JobRun.ofOrganisationAndJob", Long.class)
            .setParameter("organisation", organisation)
            .setParameter("job", kind.jobName())
            .setMaxResults(RECENT)
            .getResultList());
  }

  /** The runs with these ids, in this order; one the job repository no longer has is left out. */
  private List<Run> runsWithIds(List<Long> ids) {
    List<JobRunner.Execution> executions =
        ids.stream()
            .map(runner::execution)
            .flatMap(Optional::stream)
            .filter(e -> isOurs(e.jobName()))
            .toList();
    Map<UUID, Subject> subjects = subjectsOf(executions);
    return executions.stream().map(e -> toRun(e, false, subjects)).toList();
  }

  /**
   * The groups and children that diary export runs are for, by name: one statement for the groups
   * and one for the children of all the runs, not one per run.
   */
  private Map<UUID, Subject> subjectsOf(List<JobRunner.Execution> executions) {
    Set<UUID> groups = new java.util.HashSet<>();
    Set<UUID> children = new java.util.HashSet<>();
    for (JobRunner.Execution e : executions) {
      if (JobKind.DIARY_EXPORTS.jobName().equals(e.jobName())) {
        idIn(e, DiaryExportSelection.GROUP).ifPresent(groups::add);
        idIn(e, DiaryExportSelection.CHILD).ifPresent(children::add);
      }
    }
    Map<UUID, Subject> subjects = new HashMap<>();
    if (!groups.isEmpty()) {
      em.createQuery("select g.id, g.name from Group g where g.id in :ids", Object[].class)
          .setParameter("ids", groups)
          .getResultStream()
          .forEach(
              row -> subjects.put((UUID) row[0], new Subject(Subject.Type.GROUP, (String) row[1])));
    }
    if (!children.isEmpty()) {
      em.createQuery(
              "select k.id, k.firstName, k.lastName from Child k where k.id in :ids",
              Object[].class)
          .setParameter("ids", children)
          .getResultStream()
          .forEach(
              row ->
                  subjects.put(
                      (UUID) row[0], new Subject(Subject.Type.CHILD, row[1] + " " + row[2])));
    }
    return subjects;
  }

  private static Optional<UUID> idIn(JobRunner.Execution execution, String parameter) {
    String value = execution.parameters().get(parameter);
    try {
      return value == null || value.isBlank()
          ? Optional.empty()
          : Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private JobRunner.Execution readable(long executionId, UUID organisation) {
    return runner
        .execution(executionId)
        .filter(e -> organisation.toString().equals(e.parameters().get(ORGANISATION)))
        .filter(e -> isOurs(e.jobName()))
        .orElseThrow(NotFoundException::new);
  }

  private static boolean isOurs(String jobName) {
    return java.util.Arrays.stream(JobKind.values()).anyMatch(k -> k.jobName().equals(jobName));
  }

  /**
   * The run; the total of items is counted only for a run that is going on (for its progress bar),
   * a finished run read all it had.
   */
  private Run toRun(JobRunner.Execution e, boolean withTotal) {
    return toRun(e, withTotal, subjectsOf(List.of(e)));
  }

  private Run toRun(JobRunner.Execution e, boolean withTotal, Map<UUID, Subject> subjects) {
    JobKind kind = JobKind.ofJobName(e.jobName());
    String parameter = kind.parameterIn(e.parameters());
    Subject subject =
        kind == JobKind.DIARY_EXPORTS && parameter.length() == 36
            ? subjects.get(UUID.fromString(parameter))
            : null;
    String shown = kind == JobKind.ORGANISATION_IMPORT ? importFiles(parameter) : parameter;
    boolean running = UNFINISHED.contains(e.status());
    long total = e.read();
    if (running && withTotal) {
      UUID organisation = UUID.fromString(e.parameters().get(ORGANISATION));
      total =
          switch (kind) {
            case MONTHLY_INVOICING ->
                invoiceRun.countFamiliesToInvoice(organisation, YearMonth.parse(parameter));
            case ANNUAL_STATEMENTS ->
                invoiceRun.countFamiliesWithInvoices(
                    organisation, Year.parse(parameter).getValue());
            case DIARY_EXPORTS ->
                diaryExports.countChildren(organisation, DiaryExportSelection.of(e.parameters()));
            case ORGANISATION_IMPORT -> importTotal(parameter);
          };
    }
    // the skips as kept with their reasons: a writer keeps its failures without a skip of JBeret's
    long skipped =
        em.createNamedQuery("JobItemFailure.countOfExecution", Long.class)
            .setParameter("execution", e.id())
            .getSingleResult();
    return new Run(
        e.id(),
        kind,
        shown,
        subject,
        e.status(),
        e.start(),
        e.end(),
        e.read(),
        e.written(),
        skipped,
        total);
  }

  /**
   * How many families an import run stores: those of its upload without problems. By entity name,
   * as the import builds on the job monitor.
   */
  private long importTotal(String upload) {
    try {
      return em.createQuery(
              "select coalesce(u.cleanFamilies, 0) from ImportUpload u where u.id = :id",
              Integer.class)
          .setParameter("id", UUID.fromString(upload))
          .getResultStream()
          .findFirst()
          .orElse(0);
    } catch (IllegalArgumentException notAnId) {
      return 0;
    }
  }

  /** The files of an import run, which name it better than the upload's id. */
  private String importFiles(String upload) {
    try {
      return em.createQuery("select u.fileNames from ImportUpload u where u.id = :id", String.class)
          .setParameter("id", UUID.fromString(upload))
          .getResultStream()
          .findFirst()
          .orElse(upload);
    } catch (IllegalArgumentException notAnId) {
      return upload;
    }
  }

  private UUID organisation() {
    return access.staffOfCaller().organisation().id();
  }
}
