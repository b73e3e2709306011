package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A Dutch postal address; the postal code is kept as {@code 1234 AB}. */
@Embeddable
public record Address(
    @Column(name = "street", nullable = false) String street,
    @Column(name = "postal_code", nullable = false) String postalCode,
    @Column(name = "city", nullable = false) String city) {

  public Address {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(city, "city");
    String compact = postalCode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!compact.matches("[1-9][0-9]{3}[A-Z]{2}")) {
      throw new IllegalArgumentException("not a Dutch postal code: " + postalCode);
    }
    postalCode = compact.substring(0, 4) + " " + compact.substring(4);
    street = street.strip();
    city = city.strip();
  }

  @Override
  public String toString() {
    return street + ", " + postalCode + " " + city;
  }
}
