package nl.ouderportaal.domain.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;

/** The organisation's employees with a back-office login. */
@Stateless
public class Employees {

  /** An employee as the back-office shows them. */
  public record Profile(String fullName, String organisationName, List<String> groups)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** The calling employee; anyone else is refused. */
  public StaffMember current() {
    // the caller's lookup names the employee (once per page request); the employee is cached
    UUID staffId = currentUser.staffId().orElseThrow(NotFoundException::new);
    return em.find(StaffMember.class, staffId);
  }

  public Profile me() {
    StaffMember staff = current();
    return new Profile(
        staff.fullName(),
        staff.organisation().name(),
        staff.groups().stream()
            .sorted(Comparator.comparing(Group::name))
            .map(g -> g.name() + " (" + g.location().name() + ")")
            .toList());
  }
}
