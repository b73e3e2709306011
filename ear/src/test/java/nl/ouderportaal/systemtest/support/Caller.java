package nl.ouderportaal.systemtest.support;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs part of an in-server test as a logged-in account, the way a login in a web module makes it:
 * an identity in the application's security domain named by the account id, with its role.
 */
public final class Caller {

  private static final ServiceName APPLICATION_DOMAIN =
      ServiceName.parse("org.wildfly.security.security-domain.ApplicationDomain");

  private Caller() {}

  public static <T> T as(UUID accountId, String role, Callable<T> action) throws Exception {
    SecurityDomain domain =
        (SecurityDomain)
            CurrentServiceContainer.getServiceContainer()
                .getRequiredService(APPLICATION_DOMAIN)
                .getValue();
    SecurityIdentity identity =
        domain
            .createAdHocIdentity(accountId.toString())
            .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)));
    return identity.runAs(action);
  }
}
