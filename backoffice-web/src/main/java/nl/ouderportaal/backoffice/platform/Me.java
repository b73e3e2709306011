package nl.ouderportaal.backoffice.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.ouderportaal.domain.account.WebLogin;
import nl.ouderportaal.domain.organisation.Employees;

/** The logged-in employee, for the top bar, and logging out. */
@Named
@RequestScoped
public class Me {

  @Inject private Employees employees;
  @Inject private WebLogin webLogin;
  @Inject private ExternalContext external;

  private Employees.Profile profile;

  public Employees.Profile getProfile() {
    if (profile == null) {
      profile = employees.me();
    }
    return profile;
  }

  public void logOut() throws IOException {
    webLogin.logOut((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
