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
 * account are read from the database once per page request (and on every use case outside one), and
 * only while the account is active, so that blocking an account or taking a role away takes effect
 * at the next request, also for open sessions. An EJB, so that it sees the caller of the EJB
 * invocation, whether the call comes from a page, a job or a test. It reads the account tables
 * directly, so that every feature can ask it without depending on the account feature.
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

  /**
   * The organisation of the caller, who must have the role (the account's own organisation, from
   * the same lookup as the roles); otherwise the call is refused.
   */
  public UUID organisationOf(Role role) {
    return caller()
        .filter(caller -> caller.roles().contains(role))
        .map(Caller::organisationId)
        .orElseThrow(NotFoundException::new);
  }

  /** The calling employee's id (a group worker or the service desk), or empty. */
  public Optional<UUID> staffId() {
    return caller().map(Caller::staffId);
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
    return PerRequest.remember(new CallerKey(id), () -> read(id));
  }

  private Optional<Caller> read(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> roles =
        em.createNativeQuery(
                "select r.role, a.organisation_id, s.id from account_role r"
                    + " join user_account a on a.id = r.account_id"
                    + " left join staff_member s on s.account_id = a.id"
                    + " where a.id = ?1 and a.status = 'ACTIVE'")
            .setParameter(1, id)
            .getResultList();
    if (roles.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> granted = EnumSet.noneOf(Role.class);
    roles.forEach(row -> granted.add(Role.valueOf((String) row[0])));
    return Optional.of(new Caller(id, granted, uuid(roles.get(0)[1]), uuid(roles.get(0)[2])));
  }

  /** A uuid column of a native query: a UUID, or (H2) its sixteen bytes. */
  private static UUID uuid(Object value) {
    if (value instanceof byte[] bytes) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return value == null || value instanceof UUID
        ? (UUID) value
        : UUID.fromString(value.toString());
  }

  /** The key of a caller's roles within one page request ({@link PerRequest}). */
  private record CallerKey(UUID accountId) {}

  private record Caller(UUID accountId, Set<Role> roles, UUID organisationId, UUID staffId) {}
}
