package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Care on one day that goes on the next invoice in full: extra care the parent chose to pay on the
 * invoice, or care cancelled after the deadline. The care module hands these to billing; the date
 * may lie in an earlier month than the invoice.
 */
public record CareCharge(
    LineKind kind,
    Child child,
    Location location,
    LocalDate date,
    BigDecimal hours,
    Money hourlyRate,
    String description) {

  public CareCharge {
    Objects.requireNonNull(kind, "kind");
    if (kind == LineKind.CONTRACT_CARE) {
      throw new IllegalArgumentException("contract care is billed from the contract");
    }
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(location, "location");
    if (!location.organisation().id().equals(child.family().organisation().id())) {
      throw new IllegalArgumentException("care at a location of another organisation");
    }
    Objects.requireNonNull(date, "date");
    hours = Checks.hours(hours, "hours");
    if (hours.signum() == 0) {
      throw new IllegalArgumentException("a charge is for at least some hours");
    }
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    if (hourlyRate.isNegative()) {
      throw new IllegalArgumentException("hourlyRate cannot be negative");
    }
    description = Checks.text(description, "description");
  }

  public static CareCharge extraCare(
      Child child,
      Location location,
      LocalDate date,
      BigDecimal hours,
      Money hourlyRate,
      String description) {
    return new CareCharge(
        LineKind.EXTRA_CARE, child, location, date, hours, hourlyRate, description);
  }

  public static CareCharge lateCancellation(
      Child child,
      Location location,
      LocalDate date,
      BigDecimal hours,
      Money hourlyRate,
      String description) {
    return new CareCharge(
        LineKind.LATE_CANCELLATION, child, location, date, hours, hourlyRate, description);
  }

  /** The invoice line: hours times rate, rounded to cents. */
  public InvoiceLine toLine() {
    return new InvoiceLine(
        kind,
        BilledChild.of(child),
        BilledLocation.of(location),
        new DateRange(date, date),
        description,
        hours,
        hourlyRate,
        hourlyRate.times(hours));
  }
}
