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

  /** Something done as a caller that returns nothing. */
  public interface Attempt {
    void run() throws Exception;
  }

  /** Runs a use case that returns nothing as the account. */
  public static void run(UUID accountId, String role, Attempt attempt) throws Exception {
    as(
        accountId,
        role,
        () -> {
          attempt.run();
          return null;
        });
  }

  /**
   * The call is refused for the account as if what it names did not exist ({@code
   * NotFoundException}), the way every boundary answers a caller who may not see something.
   */
  public static void refused(UUID accountId, String role, Attempt attempt) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(accountId, role, attempt))
        .as(role + " " + accountId)
        .isInstanceOf(nl.ouderportaal.domain.platform.NotFoundException.class);
  }

  /** The refusal of a call that must be refused for a business reason, with its message key. */
  public static nl.ouderportaal.domain.platform.BusinessException refusal(
      UUID accountId, String role, Attempt attempt) {
    try {
      run(accountId, role, attempt);
    } catch (nl.ouderportaal.domain.platform.BusinessException refused) {
      return refused;
    } catch (Exception other) {
      throw new AssertionError("refused with " + other, other);
    }
    throw new AssertionError("not refused");
  }

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
