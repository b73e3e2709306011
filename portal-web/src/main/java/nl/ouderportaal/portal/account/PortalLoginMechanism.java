package nl.ouderportaal.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import java.util.Set;
import nl.ouderportaal.domain.account.FormLoginMechanism;
import nl.ouderportaal.domain.platform.Role;

/** The portal admits parents; the login stays in the session. */
@ApplicationScoped
@AutoApplySession
public class PortalLoginMechanism extends FormLoginMechanism {

  @Override
  protected String loginPage() {
    return "/login.xhtml";
  }

  @Override
  protected Set<Role> admittedRoles() {
    return Set.of(Role.PARENT);
  }
}
