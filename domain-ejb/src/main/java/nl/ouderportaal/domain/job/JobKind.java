package nl.ouderportaal.domain.job;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.ouderportaal.domain.platform.BusinessException;

/** The jobs the service desk can start, each with its job XML name and its one parameter. */
public enum JobKind {
  /** Invoices of a month; parameter {@code period} as {@code yyyy-MM}. */
  MONTHLY_INVOICING("monthly-invoicing", "period"),
  /** Annual statements of a year; parameter {@code year} as {@code yyyy}. */
  ANNUAL_STATEMENTS("annual-statements", "year");

  private final String jobName;
  private final String parameter;

  JobKind(String jobName, String parameter) {
    this.jobName = jobName;
    this.parameter = parameter;
  }

  public String jobName() {
    return jobName;
  }

  /** The name of the job parameter the service desk chooses. */
  public String parameter() {
    return parameter;
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
   * seven years back (the fiscal period).
   *
   * @throws BusinessException {@code job.periodInvalid} or {@code job.yearInvalid}
   */
  public String checkParameter(String value, LocalDate today) {
    String text = value == null ? "" : value.strip();
    try {
      return switch (this) {
        case MONTHLY_INVOICING -> {
          YearMonth month = YearMonth.parse(text);
          YearMonth now = YearMonth.from(today);
          if (month.isAfter(now) || month.isBefore(now.minusYears(2))) {
            throw new BusinessException("job.periodInvalid").on("parameter");
          }
          yield month.toString();
        }
        case ANNUAL_STATEMENTS -> {
          Year year = Year.parse(text);
          if (year.getValue() > today.getYear() || year.getValue() < today.getYear() - 7) {
            throw new BusinessException("job.yearInvalid").on("parameter");
          }
          yield year.toString();
        }
      };
    } catch (DateTimeParseException notADate) {
      throw new BusinessException(
              this == MONTHLY_INVOICING ? "job.periodInvalid" : "job.yearInvalid")
          .on("parameter");
    }
  }
}
