package nl.ouderportaal.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.ouderportaal.domain.account.Activations;

/**
 * 'Wachtwoord vergeten' and 'nieuwe link': mails a link to whoever owns the address. The answer is
 * the same whether or not we know the address.
 */
@Named
@RequestScoped
public class ForgotPassword {

  @Inject private Activations activations;
  @Inject private ExternalContext external;

  private String email;
  private boolean sent;

  public void send() {
    activations.sendLoginLink(email, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
    sent = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
