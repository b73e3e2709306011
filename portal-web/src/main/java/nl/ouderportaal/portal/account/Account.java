package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import nl.ouderportaal.domain.account.WebLogin;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.Parents;

/** The Account page: the parent's own name, their children, and logging out. */
@Named
@RequestScoped
public class Account {

  @Inject private Parents parents;
  @Inject private Children children;
  @Inject private WebLogin webLogin;
  @Inject private ExternalContext external;

  private Parents.Profile me;
  private List<ChildSummary> myChildren;

  @PostConstruct
  void load() {
    me = parents.me();
    myChildren = children.ofMyFamily();
  }

  public void logOut() throws IOException {
    webLogin.logOut((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  public Parents.Profile getMe() {
    return me;
  }

  public List<ChildSummary> getChildren() {
    return myChildren;
  }
}
