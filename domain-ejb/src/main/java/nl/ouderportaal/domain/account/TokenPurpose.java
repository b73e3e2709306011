package nl.ouderportaal.domain.account;

import java.time.Duration;

/** What a link sent by mail is for, and how long it works. */
public enum TokenPurpose {
  /** choosing the first password */
  ACTIVATION(Duration.ofDays(14)),
  /** choosing a new password after 'wachtwoord vergeten' */
  RESET(Duration.ofHours(1)),
  /** confirming a new e-mail address, from a link sent to that address */
  EMAIL_CHANGE(Duration.ofHours(24));

  private final Duration validity;

  TokenPurpose(Duration validity) {
    this.validity = validity;
  }

  public Duration validity() {
    return validity;
  }
}
