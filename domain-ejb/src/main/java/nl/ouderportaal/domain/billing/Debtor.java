package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.util.Objects;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Address;

/**
 * Who pays: the family's name and address as they were when the invoice was made. An invoice is a
 * financial record kept for years, so it keeps this copy instead of following a family that moves.
 */
public record Debtor(String name, Address address) implements Serializable {

  public Debtor {
    name = Checks.text(name, "name");
    Objects.requireNonNull(address, "address");
  }

  public static Debtor of(Family family) {
    return new Debtor(family.name(), family.address());
  }
}
