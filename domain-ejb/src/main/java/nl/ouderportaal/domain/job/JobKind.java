package nl.ouderportaal.domain.job;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.diary.DiaryExportSelection;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * The jobs the service desk can start, each with its job XML name and the job parameter the service
 * desk chooses: one for most jobs, one of several for the diary exports.
 */
public enum JobKind {
  /** Invoices of a month; parameter {@code period} as {@code yyyy-MM}. */
  MONTHLY_INVOICING("monthly-invoicing", "period"),
  /** Annual statements of a year; parameter {@code year} as {@code yyyy}. */
  ANNUAL_STATEMENTS("annual-statements", "year"),
  /**
   * Diary exports; parameter {@code endingOn} as {@code yyyy-MM-dd}, or {@code group} or {@code
   * child} as an id (see {@link DiaryExportSelection}).
   */
  DIARY_EXPORTS(
      "diary-exports",
      DiaryExportSelection.ENDING_ON,
      DiaryExportSelection.GROUP,
      DiaryExportSelection.CHILD),
  /**
   * Moving an organisation in from the old system's files; parameter {@code upload}, the id of the
   * files the service desk uploaded. Started by the import's own boundary, not from the job form.
   */
  ORGANISATION_IMPORT("organisation-import", "upload");

  private final String jobName;
  private final List<String> parameters;

  JobKind(String jobName, String... parameters) {
    this.jobName = jobName;
    this.parameters = List.of(parameters);
  }

  public String jobName() {
    return jobName;
  }

  /**
   * The name of the job parameter the service desk chooses, and the schedule sets; for the diary
   * exports the first of its three ({@code endingOn}).
   */
  public String parameter() {
    return parameters.get(0);
  }

  /** The names of the job parameters of which a run has one. */
  public List<String> parameters() {
    return parameters;
  }

  /** The value of the chosen parameter among a run's job parameters, or empty. */
  public String parameterIn(Map<String, String> jobParameters) {
    return parameters.stream()
        .map(jobParameters::get)
        .filter(value -> value != null && !value.isBlank())
        .findFirst()
        .orElse("");
  }

  /** Whether the service desk starts it from the job form (the import starts from its upload). */
  public boolean startable() {
    return this != ORGANISATION_IMPORT;
  }

  public static JobKind ofJobName(String jobName) {
    for (JobKind kind : values()) {
      if (kind.jobName.equals(jobName)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("not a job of ours: " + jobName);
  }

  /**
   * The parameter in its normal form, if it is one the service desk may choose on {@code today}: a
   * month that has begun, and no more than two years back; a year that has begun, and no more than
   * seven years back (the fiscal period); for the diary exports, a day before today (the care must
   * have ended), or the id of a child or group (which of the two, and whether it is of the
   * organisation, only the boundary can tell).
   *
   * @throws BusinessException {@code job.periodInvalid}, {@code job.yearInvalid} or {@code
   *     job.diaryParameterInvalid}
   */
  public String checkParameter(String value, LocalDate today) {
    String text = value == null ? "" : value.strip();
    try {
      return switch (this) {
        case MONTHLY_INVOICING -> {
          YearMonth month = YearMonth.parse(text);
          YearMonth now = YearMonth.from(today);
          if (month.isAfter(now) || month.isBefore(now.minusYears(2))) {
            throw invalid();
          }
          yield month.toString();
        }
        case ANNUAL_STATEMENTS -> {
          Year year = Year.parse(text);
          if (year.getValue() > today.getYear() || year.getValue() < today.getYear() - 7) {
            throw invalid();
          }
          yield year.toString();
        }
        case ORGANISATION_IMPORT -> throw invalid();
        case DIARY_EXPORTS -> {
          if (text.length() == 36) {
            yield UUID.fromString(text).toString();
          }
          LocalDate day = LocalDate.parse(text);
          if (!day.isBefore(today)) {
            throw invalid();
          }
          yield day.toString();
        }
      };
    } catch (DateTimeParseException | IllegalArgumentException notADateOrId) {
      throw invalid();
    }
  }

  private BusinessException invalid() {
    return new BusinessException(
            switch (this) {
              case MONTHLY_INVOICING -> "job.periodInvalid";
              case ANNUAL_STATEMENTS -> "job.yearInvalid";
              case DIARY_EXPORTS -> "job.diaryParameterInvalid";
              case ORGANISATION_IMPORT -> "job.importFromUpload";
            })
        .on("parameter");
  }
}
