package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.account.Activations;
import nl.ouderportaal.domain.account.TokenPurpose;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * Confirming a new login address from the link sent to it. Opening the link shows the address and a
 * button: mail programs open links to scan them, and that must not change anything.
 */
@Named
@RequestScoped
public class ConfirmEmail {

  @Inject private Activations activations;
  @Inject private ExternalContext external;

  private String token;
  private Activations.LinkState link;
  private String confirmed;

  @PostConstruct
  void load() {
    token = external.getRequestParameterMap().get("token");
    link = activations.check(token, TokenPurpose.EMAIL_CHANGE);
  }

  public void confirm() {
    try {
      confirmed = activations.confirmEmail(token);
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public boolean isUsable() {
    return link.usable();
  }

  public String getEmail() {
    return link.email();
  }

  public String getConfirmed() {
    return confirmed;
  }

  public String getToken() {
    return token;
  }
}
