package nl.ouderportaal.domain.billing;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the annual statements of a year come too early. A statement counts the care of the year
 * from its invoices; parents hand it in for the childcare allowance. Made before the year has
 * ended, or before its December invoices are out, it shows December at 0,00 and parents would hand
 * in too little. The service desk can still make it then (a correction, a family that left), but
 * only on purpose.
 *
 * @param year the year of the statements
 * @param today the day they would be made
 * @param decemberInvoiced whether the organisation's invoices of December of the year are made
 */
public record StatementTiming(Year year, LocalDate today, boolean decemberInvoiced) {

  /** The year has not ended. */
  public static final String YEAR_NOT_ENDED = "job.statements.yearNotEnded";

  /** The year has ended, its December has not been invoiced. */
  public static final String DECEMBER_NOT_INVOICED = "job.statements.decemberNotInvoiced";

  public StatementTiming {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(today, "today");
  }

  /** Whether the year has ended on {@code today}: only then can December be invoiced in full. */
  public boolean yearEnded() {
    return today.getYear() > year.getValue();
  }

  /** The message key of why the statements would come too early, or empty when they are due. */
  public Optional<String> tooEarlyBecause() {
    if (!yearEnded()) {
      return Optional.of(YEAR_NOT_ENDED);
    }
    return decemberInvoiced ? Optional.empty() : Optional.of(DECEMBER_NOT_INVOICED);
  }
}
