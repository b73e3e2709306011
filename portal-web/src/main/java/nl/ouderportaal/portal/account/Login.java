package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ouderportaal.domain.account.WebLogin;
import nl.ouderportaal.portal.platform.Messages;

/** The login page: e-mail address and password. A stateless page, so no session before login. */
@Named
@RequestScoped
public class Login {

  @Inject private WebLogin webLogin;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  private String email;
  private String password;
  private String next;

  @PostConstruct
  void init() {
    next = external.getRequestParameterMap().get("next");
    // after choosing a password the login page knows the address already
    email = external.getRequestParameterMap().get("email");
  }

  public void submit() throws IOException {
    var outcome =
        webLogin.logIn(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            email,
            password);
    switch (outcome.kind()) {
      case SUCCESS ->
          external.redirect(
              external.getRequestContextPath() + WebLogin.nextPage(next, "/index.xhtml"));
      case LOCKED -> Messages.error(null, "login.locked");
      case BLOCKED -> Messages.error(null, "login.blocked");
      case REFUSED -> Messages.error(null, outcome.refusal());
      case NOT_FOR_THIS_MODULE -> Messages.error(null, "login.notForPortal");
      case INVALID -> Messages.error(null, "login.invalid");
    }
    password = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
