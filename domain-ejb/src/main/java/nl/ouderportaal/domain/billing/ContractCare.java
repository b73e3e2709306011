package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * What a contract costs per month. A contract is billed as twelve equal instalments of its annual
 * amount (hours per year times hourly rate, rounded to cents), pro rata in a month the contract
 * covers only partly.
 *
 * <p><b>The rounding rule.</b> An annual amount that does not divide by twelve cannot be twelve
 * equal amounts in cents, and rounding every month alike makes the year a few cents off. So the
 * instalment of calendar month <i>n</i> is the rounded share of the first <i>n</i> months minus the
 * rounded share of the first <i>n</i>-1 months:
 *
 * <pre>  instalment(n) = round(annual * n / 12) - round(annual * (n - 1) / 12)</pre>
 *
 * Each instalment differs at most one cent from annual / 12, and January to December add up to
 * exactly the annual amount, because the sum telescopes to round(annual * 12 / 12). The same holds
 * for any twelve consecutive full months (March to February, say): the months from n onwards add up
 * to annual - round(annual * (n - 1) / 12), and the months before n next year to exactly that rest.
 * Hours per month follow the same rule, so a full year invoices exactly the contract's hours. The
 * rule depends only on the calendar month, so an invoice run can be repeated with the same result.
 *
 * <p>A month the contract covers partly (its first or last month) is billed pro rata by calendar
 * days: round(annual / 12 * coveredDays / daysInMonth), computed in one division so it is rounded
 * once. Such a month is rounded on its own, so a contract that starts or ends mid-month can be a
 * cent off its annual amount over its whole term.
 */
public final class ContractCare {

  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

  private final Contract contract;
  private final Money annualAmount;

  public ContractCare(Contract contract) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.annualAmount = Money.rounded(contract.hoursPerYear().multiply(contract.hourlyRate()));
  }

  /** Hours per year times hourly rate, rounded to cents: what twelve full months add up to. */
  public Money annualAmount() {
    return annualAmount;
  }

  /**
   * The amount of a full month as a contract states it: the annual amount divided by twelve,
   * rounded to cents. A full month's instalment is this amount, or one cent more or less when the
   * annual amount does not divide by twelve (see the rounding rule).
   */
  public Money monthlyAmount() {
    return new Money(annualAmount.amount().divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP));
  }

  /** Whether every full month's instalment is exactly {@link #monthlyAmount}. */
  public boolean hasEqualMonths() {
    return annualAmount.amount().movePointRight(2).remainder(MONTHS_PER_YEAR).signum() == 0;
  }

  /** The days of the month the contract covers: 0 before it starts or after it ends. */
  public int coveredDays(YearMonth month) {
    return coverage(month)
        .map(days -> days.end().getDayOfMonth() - days.start().getDayOfMonth() + 1)
        .orElse(0);
  }

  /** The amount for a month: the instalment, pro rata in a partly covered month. */
  public Money amountFor(YearMonth month) {
    return new Money(share(annualAmount.amount(), month));
  }

  /** The hours for a month, by the same rule as the amount. */
  public BigDecimal hoursFor(YearMonth month) {
    return share(contract.hoursPerYear(), month);
  }

  /**
   * The invoice line for a month, or nothing when the contract does not cover a day of it. The
   * description says which month, and for a partly covered month how many of its days.
   */
  public Optional<InvoiceLine> lineFor(YearMonth month) {
    return coverage(month)
        .map(
            days ->
                new InvoiceLine(
                    LineKind.CONTRACT_CARE,
                    BilledChild.of(contract.child()),
                    BilledLocation.of(contract.location()),
                    days,
                    DutchText.contractCare(
                        contract.careType(), month, coveredDays(month), month.lengthOfMonth()),
                    hoursFor(month),
                    new Money(contract.hourlyRate()),
                    amountFor(month)));
  }

  private Optional<DateRange> coverage(YearMonth month) {
    DateRange period = contract.period();
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    if (!period.overlaps(new DateRange(first, last))) {
      return Optional.empty();
    }
    LocalDate start = period.start().isAfter(first) ? period.start() : first;
    LocalDate end = period.isOpenEnded() || period.end().isAfter(last) ? last : period.end();
    return Optional.of(new DateRange(start, end));
  }

  /** The month's part of a yearly quantity (euros or hours), in hundredths, by the rule above. */
  private BigDecimal share(BigDecimal perYear, YearMonth month) {
    int covered = coveredDays(month);
    int length = month.lengthOfMonth();
    if (covered == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (covered < length) {
      return perYear
          .multiply(BigDecimal.valueOf(covered))
          .divide(MONTHS_PER_YEAR.multiply(BigDecimal.valueOf(length)), 2, RoundingMode.HALF_UP);
    }
    int n = month.getMonthValue();
    return firstMonths(perYear, n).subtract(firstMonths(perYear, n - 1));
  }

  /** round(perYear * months / 12): the rounded share of the first months of a year. */
  private static BigDecimal firstMonths(BigDecimal perYear, int months) {
    return perYear
        .multiply(BigDecimal.valueOf(months))
        .divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
  }
}
