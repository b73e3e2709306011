package nl.ouderportaal.domain.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who calls the boundary. The login makes the account id the caller's name; the roles of the
 * account are read from the database on every use case, and only while the account is active, so
 * that blocking an account or taking a role away takes effect at once, also for open sessions. An
 * EJB, so that it sees the caller of the EJB invocation, whether the call comes from a page, a job
 * or a test. It reads the account tables directly, so that every feature can ask it without
 * depending on the account feature.
 */
@Stateless
@PermitAll
public class CurrentUser {

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;

  /** The calling account while it is active, or empty (anonymous, a timer, a blocked account). */
  public Optional<UUID> accountId() {
    return caller().map(Caller::accountId);
  }

  /** The caller's active account id; a call without one is refused. */
  public UUID requireAccountId() {
    return accountId().orElseThrow(NotFoundException::new);
  }

  /** The caller's account id if it has the role; otherwise the call is refused. */
  public UUID require(Role role) {
    return caller()
        .filter(caller -> caller.roles().contains(role))
        .map(Caller::accountId)
        .orElseThrow(NotFoundException::new);
  }

  public boolean is(Role role) {
    return caller().map(caller -> caller.roles().contains(role)).orElse(false);
  }

  private Optional<Caller> caller() {
    UUID id;
    try {
      id = UUID.fromString(context.getCallerPrincipal().getName());
    } catch (IllegalArgumentException anonymous) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<String> roles =
        em.createNativeQuery(
                "select r.role from account_role r join user_account a on a.id = r.account_id"
                    + " where a.id = ?1 and a.status = 'ACTIVE'")
            .setParameter(1, id)
            .getResultList();
    if (roles.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> granted = EnumSet.noneOf(Role.class);
    roles.forEach(role -> granted.add(Role.valueOf(role)));
    return Optional.of(new Caller(id, granted));
  }

  private record Caller(UUID accountId, Set<Role> roles) {}
}
