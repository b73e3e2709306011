package nl.ouderportaal.domain.importing;

import java.util.Objects;

/** A parent of a family in gezinnen.csv; the phone number is null when not given. */
public record ParentRow(String firstName, String lastName, String email, String phone) {

  public ParentRow {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(email, "email");
  }
}
