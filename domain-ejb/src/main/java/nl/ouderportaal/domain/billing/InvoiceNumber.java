package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice number such as {@code 2026-000123}: the year of the invoice date and a sequence number
 * within that year. Dutch tax rules ask for one unbroken series, so a number is only taken when an
 * invoice is actually issued (an empty draft takes none), and each year starts again at 1. The
 * sequence itself is kept in the database; this type knows the format and which number comes next.
 */
public record InvoiceNumber(int year, int sequence)
    implements Comparable<InvoiceNumber>, Serializable {

  /** Six digits: room for far more invoices a year than one organisation sends. */
  public static final int MAX_SEQUENCE = 999_999;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})");

  public InvoiceNumber {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("not a plausible invoice year: " + year);
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("sequence must be 1-" + MAX_SEQUENCE + ": " + sequence);
    }
  }

  /** The first invoice of a year. */
  public static InvoiceNumber first(int year) {
    return new InvoiceNumber(year, 1);
  }

  /** Reads a number in the printed form {@code yyyy-nnnnnn}. */
  public static InvoiceNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = FORMAT.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an invoice number (yyyy-nnnnnn): " + text);
    }
    return new InvoiceNumber(
        Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /**
   * The number of the next invoice, dated in {@code year}, when this was the last one issued: the
   * next in the same year, or the first of a later year. Issuing into an earlier year after a later
   * one would break the series, so that is refused.
   */
  public InvoiceNumber following(int year) {
    if (year < this.year) {
      throw new IllegalArgumentException(
          "invoices of " + this.year + " are already numbered; " + year + " is closed");
    }
    if (year > this.year) {
      return first(year);
    }
    if (sequence == MAX_SEQUENCE) {
      throw new IllegalStateException("the invoice numbers of " + year + " are used up");
    }
    return new InvoiceNumber(year, sequence + 1);
  }

  @Override
  public int compareTo(InvoiceNumber other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(sequence, other.sequence);
  }

  /** The printed form, e.g. {@code 2026-000123}. */
  @Override
  public String toString() {
    return String.format("%04d-%06d", year, sequence);
  }
}
