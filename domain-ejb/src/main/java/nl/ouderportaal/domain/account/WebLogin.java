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

  /**
   * How a login from the page ended, and the message key to show when it failed.
   *
   * @param refusal the message key of a refusal by a rule of another feature (REFUSED only)
   */
  public record Outcome(Kind kind, String refusal) {

    public boolean succeeded() {
      return kind == Kind.SUCCESS;
    }
  }

  /** The kinds of outcome. */
  public enum Kind {
    SUCCESS,
    INVALID,
    LOCKED,
    BLOCKED,
    /** right password, but a rule refuses it now (e.g. care ended long ago): see the refusal */
    REFUSED,
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
      return new Outcome(Kind.SUCCESS, null);
    }
    LoginResult result = attempt.result();
    if (result == null) {
      return new Outcome(Kind.INVALID, null);
    }
    Kind kind =
        switch (result.outcome()) {
          case SUCCESS -> Kind.NOT_FOR_THIS_MODULE;
          case LOCKED -> Kind.LOCKED;
          case BLOCKED -> Kind.BLOCKED;
          case REFUSED -> Kind.REFUSED;
          case INVALID -> Kind.INVALID;
        };
    return new Outcome(kind, result.refusal());
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
