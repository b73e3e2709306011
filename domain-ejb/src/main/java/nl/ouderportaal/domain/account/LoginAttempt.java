package nl.ouderportaal.domain.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The outcome of the login attempt of this request, kept for the login page: the identity store can
 * only answer valid or invalid, while the page tells a locked account apart.
 */
@RequestScoped
public class LoginAttempt {

  private LoginResult result;

  void record(LoginResult result) {
    this.result = result;
  }

  /** The result of the attempt, or null when none was made in this request. */
  public LoginResult result() {
    return result;
  }
}
