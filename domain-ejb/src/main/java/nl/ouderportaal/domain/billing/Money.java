package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, always in whole cents. Every calculation that can produce fractions of a cent
 * ({@link #times}, {@link #rounded}) rounds half up, the way a Dutch invoice is read; nothing else
 * rounds, so a constructor given more than two decimals refuses instead of hiding a lost fraction.
 */
public record Money(BigDecimal amount) implements Comparable<Money>, Serializable {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final int CENTS = 2;

  public Money {
    Objects.requireNonNull(amount, "amount");
    if (amount.stripTrailingZeros().scale() > CENTS) {
      throw new IllegalArgumentException(amount + " has fractions of a cent");
    }
    amount = amount.setScale(CENTS, RoundingMode.UNNECESSARY);
  }

  /** Euros as written in code and tests, e.g. {@code Money.euros("963.60")}. */
  public static Money euros(String amount) {
    return new Money(new BigDecimal(amount));
  }

  /** The nearest amount in cents; half a cent is rounded up (away from zero). */
  public static Money rounded(BigDecimal exact) {
    return new Money(exact.setScale(CENTS, RoundingMode.HALF_UP));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** This amount times a factor (hours, a fraction of a month), rounded to cents. */
  public Money times(BigDecimal factor) {
    return rounded(amount.multiply(factor));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** Plain notation with a decimal point, for logs and messages; documents use Dutch notation. */
  @Override
  public String toString() {
    return "EUR " + amount.toPlainString();
  }
}
