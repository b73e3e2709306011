package nl.ouderportaal.domain.question;

import java.util.Objects;
import java.util.UUID;

/** Who writes in a thread: a parent of the family, or someone of the service desk. */
public record Author(UUID accountId, String name, boolean serviceDesk) {

  public Author {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
  }

  public static Author parent(UUID accountId, String name) {
    return new Author(accountId, name, false);
  }

  public static Author serviceDesk(UUID accountId, String name) {
    return new Author(accountId, name, true);
  }
}
