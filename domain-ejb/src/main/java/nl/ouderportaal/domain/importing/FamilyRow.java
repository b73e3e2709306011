package nl.ouderportaal.domain.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.ouderportaal.domain.organisation.Address;

/** A row of gezinnen.csv: a family with one or two parents. */
public record FamilyRow(
    int line, String externalId, String name, Address address, List<ParentRow> parents) {

  private static final List<String> SECOND_PARENT =
      List.of("ouder2_voornaam", "ouder2_achternaam", "ouder2_email", "ouder2_telefoon");

  public FamilyRow {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    parents = List.copyOf(parents);
    if (parents.isEmpty() || parents.size() > 2) {
      throw new IllegalArgumentException(parents.size() + " parents");
    }
  }

  static Optional<FamilyRow> read(Fields fields) {
    String id = fields.text("gezin_id");
    String familyName = fields.optionalText("gezinsnaam");
    Address address = fields.address("straat", "postcode", "plaats");
    String firstName = fields.text("ouder1_voornaam");
    String lastName = fields.text("ouder1_achternaam");
    String email = fields.email("ouder1_email");
    String phone = fields.optionalPhone("ouder1_telefoon");
    Optional<ParentRow> secondParent = secondParent(fields);
    if (fields.hasProblems()) {
      return Optional.empty();
    }
    ParentRow first = new ParentRow(firstName, lastName, email, phone);
    List<ParentRow> parents =
        secondParent.map(second -> List.of(first, second)).orElseGet(() -> List.of(first));
    return Optional.of(
        new FamilyRow(
            fields.line(), id, familyName != null ? familyName : lastName, address, parents));
  }

  /** None when all four of its fields are empty; else a first name, last name and e-mail. */
  private static Optional<ParentRow> secondParent(Fields fields) {
    if (SECOND_PARENT.stream().allMatch(fields::isEmpty)) {
      return Optional.empty();
    }
    String firstName = fields.optionalText("ouder2_voornaam");
    String lastName = fields.optionalText("ouder2_achternaam");
    String email = fields.optionalEmail("ouder2_email");
    String phone = fields.optionalPhone("ouder2_telefoon");
    for (String column : SECOND_PARENT.subList(0, 3)) {
      if (fields.isEmpty(column)) {
        fields.problem(column, "import.secondParent");
      }
    }
    if (firstName == null || lastName == null || email == null) {
      return Optional.empty();
    }
    return Optional.of(new ParentRow(firstName, lastName, email, phone));
  }
}
