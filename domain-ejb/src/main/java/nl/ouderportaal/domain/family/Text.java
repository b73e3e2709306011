package nl.ouderportaal.domain.family;

import java.util.Objects;

/** Checks on the names and other texts the family's objects are made with. */
final class Text {

  private Text() {}

  static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return value.strip();
  }
}
