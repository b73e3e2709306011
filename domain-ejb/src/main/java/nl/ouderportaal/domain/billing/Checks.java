package nl.ouderportaal.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Checks on the texts and hours billing records are made with. */
final class Checks {

  private Checks() {}

  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return value.strip();
  }

  /** Hours are billed in hundredths; more decimals than that would be rounded away unseen. */
  static BigDecimal hours(BigDecimal hours, String what) {
    Objects.requireNonNull(hours, what);
    if (hours.signum() < 0) {
      throw new IllegalArgumentException(what + " cannot be negative: " + hours);
    }
    if (hours.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(what + " has more than two decimals: " + hours);
    }
    return hours.setScale(2, RoundingMode.UNNECESSARY);
  }
}
