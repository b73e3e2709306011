package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A family's invoice for one month, as issued: numbered, dated, and unchangeable from then on. A
 * mistake is put right by a later invoice, never by changing this one. Payment is always by SEPA
 * direct debit.
 *
 * <p>One invoice can hold care at two locations (a KDV for one child, a BSO for another), each with
 * its own LRK number; {@link #sections()} groups the lines per location for that reason.
 */
public final class Invoice implements Serializable {

  /** The lines of one location, under its name and LRK number. */
  public record Section(BilledLocation location, List<InvoiceLine> lines) implements Serializable {

    public Section {
      Objects.requireNonNull(location, "location");
      lines = List.copyOf(lines);
    }

    public Money subtotal() {
      return sum(lines);
    }
  }

  /** Per child, then contract care before extra care and late cancellations, then by day. */
  private static final Comparator<InvoiceLine> LINE_ORDER =
      Comparator.comparing((InvoiceLine line) -> line.child().name())
          .thenComparing(line -> line.child().id())
          .thenComparing(InvoiceLine::kind)
          .thenComparing(line -> line.care().start());

  private final InvoiceNumber number;
  private final LocalDate invoiceDate;
  private final YearMonth period;
  private final String organisationName;
  private final Debtor debtor;
  private final List<InvoiceLine> lines;

  public Invoice(
      InvoiceNumber number,
      LocalDate invoiceDate,
      YearMonth period,
      String organisationName,
      Debtor debtor,
      List<InvoiceLine> lines) {
    this.number = Objects.requireNonNull(number, "number");
    this.invoiceDate = Objects.requireNonNull(invoiceDate, "invoiceDate");
    if (number.year() != invoiceDate.getYear()) {
      throw new IllegalArgumentException(
          "invoice " + number + " is numbered in the series of another year than " + invoiceDate);
    }
    this.period = Objects.requireNonNull(period, "period");
    this.organisationName = Checks.text(organisationName, "organisationName");
    this.debtor = Objects.requireNonNull(debtor, "debtor");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice charges at least one line");
    }
    this.lines = lines.stream().sorted(LINE_ORDER).toList();
  }

  public Money total() {
    return sum(lines);
  }

  /** The lines grouped per location, locations by name. */
  public List<Section> sections() {
    Map<BilledLocation, List<InvoiceLine>> perLocation = new LinkedHashMap<>();
    lines.stream()
        .sorted(Comparator.comparing((InvoiceLine line) -> line.location().name()))
        .forEach(
            line -> perLocation.computeIfAbsent(line.location(), l -> new ArrayList<>()).add(line));
    return perLocation.entrySet().stream()
        .map(entry -> new Section(entry.getKey(), entry.getValue()))
        .toList();
  }

  public InvoiceNumber number() {
    return number;
  }

  public LocalDate invoiceDate() {
    return invoiceDate;
  }

  /** The month of contract care this invoice is for. */
  public YearMonth period() {
    return period;
  }

  public String organisationName() {
    return organisationName;
  }

  public Debtor debtor() {
    return debtor;
  }

  /** The lines per child: contract care first, then extra care and late cancellations by day. */
  public List<InvoiceLine> lines() {
    return lines;
  }

  private static Money sum(List<InvoiceLine> lines) {
    return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
  }

  @Override
  public String toString() {
    return "Invoice " + number + " " + period + " " + debtor.name() + " " + total();
  }
}
