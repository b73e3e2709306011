package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * One charge on an invoice: for which child, at which location, for which days of care, how many
 * hours at which rate, and the amount. The care days lie within one calendar month, so the annual
 * statement can count the hours per month.
 *
 * <p>For extra care and late cancellations the amount is hours times rate. For contract care it is
 * the month's instalment of the annual amount (see {@link ContractCare}), which may differ a cent
 * from hours times rate: the instalments, not the products, add up to what the contract costs.
 */
public record InvoiceLine(
    LineKind kind,
    BilledChild child,
    BilledLocation location,
    DateRange care,
    String description,
    BigDecimal hours,
    Money hourlyRate,
    Money amount)
    implements Serializable {

  public InvoiceLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(care, "care");
    if (care.isOpenEnded() || !YearMonth.from(care.start()).equals(YearMonth.from(care.end()))) {
      throw new IllegalArgumentException("an invoice line covers days of one month: " + care);
    }
    description = Checks.text(description, "description");
    hours = Checks.hours(hours, "hours");
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    Objects.requireNonNull(amount, "amount");
    if (hourlyRate.isNegative() || amount.isNegative()) {
      throw new IllegalArgumentException("an invoice line charges, it never pays back");
    }
  }

  /** The month the care was given in, which can be before the month of the invoice. */
  public YearMonth careMonth() {
    return YearMonth.from(care.start());
  }
}
