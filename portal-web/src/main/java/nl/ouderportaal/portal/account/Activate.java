package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.ouderportaal.domain.account.Activations;
import nl.ouderportaal.domain.account.TokenPurpose;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * Choosing a password from a link in a mail: the first one (activate.xhtml) or a new one after
 * forgetting it (reset-password.xhtml). A link that no longer works says so and offers a new one.
 */
@Named
@RequestScoped
public class Activate {

  @Inject private Activations activations;
  @Inject private ExternalContext external;

  private String token;
  private TokenPurpose purpose;
  private Activations.LinkState link;
  private String password;
  private String repeat;

  @PostConstruct
  void load() {
    token = external.getRequestParameterMap().get("token");
    purpose =
        external.getRequestServletPath().contains("reset")
            ? TokenPurpose.RESET
            : TokenPurpose.ACTIVATION;
    link = activations.check(token, purpose);
  }

  public void choose() throws IOException {
    if (password == null || !password.equals(repeat)) {
      Messages.error("choose:repeat", "password.notTheSame");
      return;
    }
    try {
      String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
      Activations.PasswordChosen chosen =
          purpose == TokenPurpose.RESET
              ? activations.resetPassword(token, password, address)
              : activations.activate(token, password, address);
      // employees use the same links, and log in to the back-office
      String login =
          chosen.staff()
              ? "/backoffice/login.xhtml"
              : external.getRequestContextPath() + "/login.xhtml";
      external.redirect(
          login
              + "?passwordSet=true&email="
              + URLEncoder.encode(chosen.email(), StandardCharsets.UTF_8));
    } catch (BusinessException refused) {
      Messages.error("choose", refused.field() == null ? withField(refused) : refused);
    }
  }

  /** Password rules are about the new password field. */
  private static BusinessException withField(BusinessException refused) {
    return refused.messageKey().startsWith("password.") ? refused.on("password") : refused;
  }

  public boolean isUsable() {
    return link.usable();
  }

  public boolean isReset() {
    return purpose == TokenPurpose.RESET;
  }

  public String getEmail() {
    return link.email();
  }

  public String getToken() {
    return token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
