package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.ouderportaal.domain.organisation.CareType;

/**
 * The jaaropgave: what one child's care of one care type cost in a year, which parents need for the
 * childcare allowance (kinderopvangtoeslag). It is made from the invoice lines, never from the
 * contracts, because the allowance office compares it with what was actually invoiced.
 *
 * <p>A child that moved from KDV to BSO during the year gets two statements: the allowance has a
 * maximum hourly rate per care type, so hours and average rate must not be mixed. A line counts in
 * the year and month its care was given, not when it was invoiced, so December's extra care on
 * January's invoice is on December's row.
 */
public final class AnnualStatement {

  private final int year;
  private final String organisationName;
  private final Debtor debtor;
  private final BilledChild child;
  private final CareType careType;
  private final List<BilledLocation> locations;
  private final List<BigDecimal> hoursPerMonth;
  private final Money totalAmount;

  private AnnualStatement(
      int year,
      String organisationName,
      Debtor debtor,
      BilledChild child,
      CareType careType,
      List<InvoiceLine> lines) {
    this.year = year;
    this.organisationName = organisationName;
    this.debtor = debtor;
    this.child = child;
    this.careType = careType;
    this.locations =
        lines.stream()
            .map(InvoiceLine::location)
            .distinct()
            .sorted(Comparator.comparing(BilledLocation::name))
            .toList();
    this.hoursPerMonth =
        IntStream.rangeClosed(1, 12)
            .mapToObj(
                month ->
                    lines.stream()
                        .filter(line -> line.careMonth().getMonthValue() == month)
                        .map(InvoiceLine::hours)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))
            .toList();
    this.totalAmount = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * The statements of a year: one per child and care type that has invoice lines for care in that
   * year. Pass the family's invoices of the year and of the months after it that can still hold
   * charges for it. The organisation, debtor and child's name are taken from the latest of these
   * invoices, so a name corrected during the year is printed as it is now.
   */
  public static List<AnnualStatement> of(int year, Collection<Invoice> invoices) {
    record Key(UUID childId, CareType careType) {}
    Map<Key, List<InvoiceLine>> perChild = new LinkedHashMap<>();
    Map<Key, Invoice> latest = new LinkedHashMap<>();
    invoices.stream()
        .sorted(Comparator.comparing(Invoice::number))
        .forEach(
            invoice ->
                invoice.lines().stream()
                    .filter(line -> line.careMonth().getYear() == year)
                    .forEach(
                        line -> {
                          Key key = new Key(line.child().id(), line.location().careType());
                          perChild.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                          latest.put(key, invoice);
                        }));
    return perChild.entrySet().stream()
        .map(
            entry -> {
              List<InvoiceLine> lines = entry.getValue();
              Invoice last = latest.get(entry.getKey());
              return new AnnualStatement(
                  year,
                  last.organisationName(),
                  last.debtor(),
                  lines.get(lines.size() - 1).child(),
                  entry.getKey().careType(),
                  lines);
            })
        .sorted(
            Comparator.comparing((AnnualStatement s) -> s.child().name())
                .thenComparing(AnnualStatement::careType))
        .toList();
  }

  /** The hours invoiced for care in a month. */
  public BigDecimal hoursIn(Month month) {
    return hoursPerMonth.get(month.ordinal());
  }

  /** Twelve values, January first. */
  public List<BigDecimal> hoursPerMonth() {
    return hoursPerMonth;
  }

  public BigDecimal totalHours() {
    return hoursPerMonth.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public Money totalAmount() {
    return totalAmount;
  }

  /**
   * Total amount divided by total hours, rounded to cents; the allowance office compares it with
   * its maximum hourly rate. Nothing when no hours were invoiced (only a charge without hours), as
   * there is no rate to speak of then.
   */
  public Optional<Money> averageHourlyRate() {
    BigDecimal hours = totalHours();
    if (hours.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Money(totalAmount.amount().divide(hours, 2, RoundingMode.HALF_UP)));
  }

  public int year() {
    return year;
  }

  public String organisationName() {
    return organisationName;
  }

  /** The parent who paid, as on the latest invoice. */
  public Debtor debtor() {
    return debtor;
  }

  public BilledChild child() {
    return child;
  }

  public CareType careType() {
    return careType;
  }

  /** The locations that gave the care, with their LRK numbers. */
  public List<BilledLocation> locations() {
    return locations;
  }

  @Override
  public String toString() {
    return "AnnualStatement " + year + " " + child.name() + " " + careType;
  }
}
