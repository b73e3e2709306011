package nl.ouderportaal.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Logging in and out from a web module's login page, the same for both modules: the page only turns
 * the outcome into a message.
 */
@ApplicationScoped
public class WebLogin {

  /** How a login from the page ended. */
  public enum Outcome {
    SUCCESS,
    INVALID,
    LOCKED,
    BLOCKED,
    /** the password was right, but the account has no role this module admits */
    NOT_FOR_THIS_MODULE
  }

  @Inject private SecurityContext securityContext;
  @Inject private LoginAttempt attempt;

  public Outcome logIn(
      HttpServletRequest request, HttpServletResponse response, String email, String password) {
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      // a new session id for the logged-in session: an id known before the login is worthless
      request.changeSessionId();
      return Outcome.SUCCESS;
    }
    LoginResult.Outcome outcome = attempt.outcome();
    if (outcome == null) {
      return Outcome.INVALID;
    }
    return switch (outcome) {
      case SUCCESS -> Outcome.NOT_FOR_THIS_MODULE;
      case LOCKED -> Outcome.LOCKED;
      case BLOCKED -> Outcome.BLOCKED;
      case INVALID -> Outcome.INVALID;
    };
  }

  public void logOut(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("logout failed", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** Where to go after logging in: the page asked for, if it is one of this module. */
  public static String nextPage(String next, String fallback) {
    return FormLoginMechanism.isSafeNext(next) ? next : fallback;
  }
}
