package nl.ouderportaal.domain.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.platform.Role;

/**
 * The login of a web module: the module's login page calls {@code SecurityContext.authenticate}
 * with the e-mail address and password, and a request for a protected page without a login is sent
 * to the login page with the page as {@code next}. Unlike the standard form mechanisms it keeps no
 * saved request in a session, so anonymous visitors never cost a session. Each web module makes a
 * subclass with {@code @AutoApplySession}, which keeps the login in the HTTP session.
 */
public abstract class FormLoginMechanism implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStoreHandler;

  /** The login page, relative to the module, e.g. {@code /login.xhtml}. */
  protected abstract String loginPage();

  /** The roles of which the caller must have at least one to use this module. */
  protected abstract Set<Role> admittedRoles();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStoreHandler.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID
          && admits(result.getCallerGroups())) {
        return context.notifyContainerAboutLogin(result);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (context.isProtected()) {
      sendToLogin(request, response);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  private boolean admits(Set<String> groups) {
    Set<String> admitted = admittedRoles().stream().map(Role::name).collect(Collectors.toSet());
    return !Collections.disjoint(groups, admitted);
  }

  private void sendToLogin(HttpServletRequest request, HttpServletResponse response) {
    String next = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    String url =
        request.getContextPath()
            + loginPage()
            + "?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8);
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // an ajax request of an expired session: tell Faces' JavaScript to go to the login page
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .printf(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>",
                url.replace("&", "&amp;").replace("\"", "&quot;"));
      } else {
        response.sendRedirect(url);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not send the visitor to the login page", e);
    }
  }

  /**
   * Whether {@code next} (from the login page's query) is a page of this module, so that a link
   * cannot send someone who logs in to another site.
   */
  public static boolean isSafeNext(String next) {
    return next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.contains(":")
        && next.length() < 2000;
  }
}
