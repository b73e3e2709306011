package nl.ouderportaal.domain.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The outcome of the login attempt of this request, kept for the login page: the identity store can
 * only answer valid or invalid, while the page tells a locked account apart.
 */
@RequestScoped
public class LoginAttempt {

  private LoginResult.Outcome outcome;

  void record(LoginResult.Outcome outcome) {
    this.outcome = outcome;
  }

  public LoginResult.Outcome outcome() {
    return outcome;
  }
}
