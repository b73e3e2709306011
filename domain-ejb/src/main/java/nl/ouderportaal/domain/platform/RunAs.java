package nl.ouderportaal.domain.platform;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs use cases as an account, the way its login would: for the demo data, which builds its
 * organisation through the same boundaries as the screens, with the same access checks and audit
 * log. The account's rights still come from the database ({@link CurrentUser}); the identity only
 * names it.
 */
public final class RunAs {

  private RunAs() {}

  public static <T> T account(UUID accountId, Role role, Callable<T> action) {
    SecurityDomain domain = SecurityDomain.getCurrent();
    if (domain == null) {
      throw new IllegalStateException("no security domain: call this inside an EJB invocation");
    }
    try {
      return domain
          .createAdHocIdentity(accountId.toString())
          .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role.name())))
          .runAs(action);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
