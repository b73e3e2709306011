package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;

/**
 * The child an invoice line is for, as it was on the invoice. The annual statement is made from
 * these lines years later, and needs the name and date of birth the allowance office knows.
 */
public record BilledChild(UUID id, String name, LocalDate birthDate) implements Serializable {

  public BilledChild {
    Objects.requireNonNull(id, "id");
    name = Checks.text(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
  }

  public static BilledChild of(Child child) {
    return new BilledChild(child.id(), child.fullName(), child.birthDate());
  }
}
