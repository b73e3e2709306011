package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.account.Credentials;
import nl.ouderportaal.domain.account.WebLogin;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.Parents;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.portal.platform.Messages;

/** The Account page: the parent's own name, their children, the menu, the language, logging out. */
@Named
@RequestScoped
public class Account {

  @Inject private Parents parents;
  @Inject private Children children;
  @Inject private Questions questions;
  @Inject private Credentials credentials;
  @Inject private WebLogin webLogin;
  @Inject private ExternalContext external;

  private Parents.Profile me;
  private List<ChildSummary> myChildren;
  private long answeredQuestions;

  @PostConstruct
  void load() {
    me = parents.me();
    myChildren = children.ofMyFamily();
    answeredQuestions = questions.answeredCount();
  }

  /** Keeps the language for the portal (a cookie) and for mails (the account). */
  public void useLanguage(String language) throws IOException {
    credentials.chooseLanguage(language);
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    external.addResponseCookie(
        "lang",
        language,
        Map.of(
            "path",
            external.getRequestContextPath(),
            "maxAge",
            365 * 24 * 3600,
            "httpOnly",
            true,
            "secure",
            request.isSecure()));
    external.redirect(external.getRequestContextPath() + "/account.xhtml");
  }

  public void logOut() throws IOException {
    webLogin.logOut((HttpServletRequest) external.getRequest());
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  public String getLastDayOfAccess() {
    return Messages.date(me.lastDayOfAccess());
  }

  public Parents.Profile getMe() {
    return me;
  }

  public List<ChildSummary> getChildren() {
    return myChildren;
  }

  /** Questions the service desk answered that are not closed yet: a badge on 'Stel een vraag'. */
  public long getAnsweredQuestions() {
    return answeredQuestions;
  }
}
