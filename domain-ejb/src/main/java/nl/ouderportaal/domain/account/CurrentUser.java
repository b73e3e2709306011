package nl.ouderportaal.domain.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * Who calls the boundary. The login makes the account id the caller's name; the account's roles and
 * status are read from the database on every use case, so that blocking an account or taking a role
 * away takes effect at once, also for sessions already open. An EJB, so that it sees the caller of
 * the EJB invocation, whether the call comes from a page, a job or a test.
 */
@Stateless
@PermitAll
public class CurrentUser {

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;

  /** The caller's active account, or empty for an anonymous call (a timer, a job, a login page). */
  public Optional<UserAccount> account() {
    String name = context.getCallerPrincipal().getName();
    UUID id;
    try {
      id = UUID.fromString(name);
    } catch (IllegalArgumentException anonymous) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(UserAccount.class, id))
        .filter(account -> account.status() == AccountStatus.ACTIVE);
  }

  /** The caller's account id; a call without a login is refused. */
  public UUID requireAccountId() {
    return account().map(UserAccount::id).orElseThrow(NotFoundException::new);
  }

  /** The caller's account id if it has the role; otherwise the call is refused. */
  public UUID require(Role role) {
    return account()
        .filter(account -> account.roles().contains(role))
        .map(UserAccount::id)
        .orElseThrow(NotFoundException::new);
  }

  public boolean is(Role role) {
    return account().map(account -> account.roles().contains(role)).orElse(false);
  }
}
