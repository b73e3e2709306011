package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.organisation.CarePolicy;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Care on one day that goes on the next invoice in full: extra care the parent chose to pay on the
 * invoice, or such care the parent called off after the cancel deadline (by reporting an absence,
 * as cancelling is refused then). The care module hands these to billing; the date may lie in an
 * earlier month than the invoice.
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

  /**
   * An approved request paid on the invoice, as it is billed: in full either way, but a late
   * cancellation when the child was reported absent that day after the day's cancel deadline had
   * passed (the parent could not cancel any more, and was told to report an absence instead), and
   * extra care otherwise. An absence reported while cancelling was still possible leaves the line
   * extra care: the parent chose not to cancel.
   *
   * @param absenceReported when an absence of the child on {@code date} was reported, if it was
   */
  public static CareCharge approved(
      Child child,
      Location location,
      LocalDate date,
      BigDecimal hours,
      Money hourlyRate,
      CarePolicy policy,
      Optional<Instant> absenceReported) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(policy, "policy");
    boolean late = absenceReported.filter(at -> !policy.canCancel(date, at)).isPresent();
    return late
        ? lateCancellation(
            child, location, date, hours, hourlyRate, DutchText.lateCancellation(date))
        : extraCare(child, location, date, hours, hourlyRate, DutchText.extraCare(date));
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
