package nl.ouderportaal.backoffice.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import java.util.Set;
import nl.ouderportaal.domain.account.FormLoginMechanism;
import nl.ouderportaal.domain.platform.Role;

/** The back-office admits group workers and the service desk; the login stays in the session. */
@ApplicationScoped
@AutoApplySession
public class BackofficeLoginMechanism extends FormLoginMechanism {

  @Override
  protected String loginPage() {
    return "/login.xhtml";
  }

  @Override
  protected Set<Role> admittedRoles() {
    return Set.of(Role.STAFF, Role.SERVICEDESK);
  }
}
