package nl.ouderportaal.domain.notification;

import java.util.Objects;
import java.util.UUID;

/** Someone to notify: their account, where their mail goes, and their language. */
public record Recipient(UUID accountId, String email, String language) {

  public Recipient {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(email, "email");
    language = "en".equals(language) ? "en" : "nl";
  }
}
