package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.Location;

/**
 * The location that gave the care, with the LRK number the allowance office checks: every invoice
 * line and annual statement names it. Kept as a copy, like {@link Debtor}, so an old invoice still
 * shows the registration that was valid then.
 */
public record BilledLocation(UUID id, String name, String lrkNumber, CareType careType)
    implements Serializable {

  public BilledLocation {
    Objects.requireNonNull(id, "id");
    name = Checks.text(name, "name");
    Objects.requireNonNull(lrkNumber, "lrkNumber");
    if (!lrkNumber.matches("[0-9]{9}")) {
      throw new IllegalArgumentException("an LRK number has nine digits: " + lrkNumber);
    }
    Objects.requireNonNull(careType, "careType");
  }

  public static BilledLocation of(Location location) {
    return new BilledLocation(
        location.id(), location.name(), location.lrkNumber(), location.careType());
  }
}
