package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.LoginCheck;
import nl.ouderportaal.domain.platform.Role;

/** Refuses the login of a parent whose family's access after the end of care is over. */
@ApplicationScoped
public class CareEndedLoginCheck implements LoginCheck {

  @PersistenceContext private EntityManager em;
  @Inject private FamilyCare care;
  @Inject private Clock clock;

  @Override
  public Optional<String> refuse(UUID accountId, Set<Role> roles) {
    if (!roles.contains(Role.PARENT)) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    boolean over =
        em.createNamedQuery("Parent.findByAccount", Parent.class)
            .setParameter("accountId", accountId)
            .getResultStream()
            .findFirst()
            .flatMap(parent -> care.lastDayOfAccess(parent.family()))
            .filter(last -> today.isAfter(last))
            .isPresent();
    return over ? Optional.of("login.careEnded") : Optional.empty();
  }
}
