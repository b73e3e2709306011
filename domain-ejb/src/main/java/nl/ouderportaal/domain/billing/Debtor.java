package nl.ouderportaal.domain.billing;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.Address;

/**
 * Who pays: the parents' names and the family's address as they were when the invoice was made. An
 * invoice is a financial record kept for years, so it keeps this copy instead of following a family
 * that moves.
 */
public record Debtor(String name, Address address) implements Serializable {

  /** The length of the stored name (V6); a longer joined name keeps only the first parent. */
  static final int MAX_NAME = 200;

  private static final Comparator<Parent> PARENT_ORDER =
      Comparator.comparing(Parent::lastName)
          .thenComparing(Parent::firstName)
          .thenComparing(Parent::id);

  public Debtor {
    name = Checks.text(name, "name");
    Objects.requireNonNull(address, "address");
  }

  /**
   * The parents of the family, by full name, e.g. "Mark de Vries en Sanne de Vries", at the
   * family's address. Both parents, because the allowance office matches the annual statement with
   * the parent who applies for the allowance, and that can be either of them; the order is by last
   * name, first name and id, so every invoice and statement of a family names them the same way.
   *
   * @throws IllegalArgumentException when the family has no parent to invoice
   */
  public static Debtor of(Family family, List<Parent> parents) {
    Objects.requireNonNull(family, "family");
    if (parents.isEmpty()) {
      throw new IllegalArgumentException(family.name() + " has no parent to invoice");
    }
    for (Parent parent : parents) {
      if (!parent.family().id().equals(family.id())) {
        throw new IllegalArgumentException(
            parent.fullName() + " is not a parent of " + family.name());
      }
    }
    List<Parent> ordered = parents.stream().sorted(PARENT_ORDER).toList();
    String both = ordered.stream().map(Parent::fullName).collect(Collectors.joining(" en "));
    return new Debtor(
        both.length() <= MAX_NAME ? both : ordered.get(0).fullName(), family.address());
  }
}
