package nl.ouderportaal.backoffice.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.account.Setup;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * The first start of a new installation: with the link from the server log, the first service desk
 * employee names the organisation and chooses a password, then logs in. A stateless page, like the
 * login.
 */
@Named
@RequestScoped
public class SetupPage {

  @Inject private Setup setup;
  @Inject private ExternalContext external;

  private String token;
  private boolean usable;
  private String organisationName;
  private String serviceDeskEmail;
  private String serviceDeskPhone;
  private String firstName;
  private String lastName;
  private String email;
  private String password;

  @PostConstruct
  void init() {
    // the link's parameter, or on a postback the form's hidden copy of it
    var parameters = external.getRequestParameterMap();
    token = parameters.getOrDefault("token", parameters.get("setup:token"));
    usable = setup.usable(token);
  }

  public void submit() throws IOException {
    try {
      setup.setUp(
          token,
          new Setup.SetupForm(
              organisationName,
              serviceDeskEmail,
              serviceDeskPhone,
              firstName,
              lastName,
              email,
              password),
          ((HttpServletRequest) external.getRequest()).getRemoteAddr());
      external.redirect(
          external.getRequestContextPath()
              + "/login.xhtml?setUp=true&email="
              + java.net.URLEncoder.encode(email.strip(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (BusinessException refused) {
      Messages.error("setup", refused);
      usable = setup.usable(token);
    } finally {
      password = null;
    }
  }

  public boolean isUsable() {
    return usable;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public String getServiceDeskEmail() {
    return serviceDeskEmail;
  }

  public void setServiceDeskEmail(String serviceDeskEmail) {
    this.serviceDeskEmail = serviceDeskEmail;
  }

  public String getServiceDeskPhone() {
    return serviceDeskPhone;
  }

  public void setServiceDeskPhone(String serviceDeskPhone) {
    this.serviceDeskPhone = serviceDeskPhone;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
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
}
