package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * What the calling service desk employee may manage: the families, children, contracts and
 * placements of their own organisation, at the locations and in the groups of that organisation.
 * Anyone else, and anything of another organisation, is not found.
 */
@Dependent
public class DeskScope {

  /** The calling service desk employee's account, and their organisation. */
  public record Desk(UUID account, Organisation organisation) {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  public Desk desk() {
    UUID account = currentUser.require(Role.SERVICEDESK);
    return new Desk(
        account, em.getReference(Organisation.class, currentUser.organisationOf(Role.SERVICEDESK)));
  }

  public Family family(Desk desk, UUID familyId) {
    Family family = familyId == null ? null : em.find(Family.class, familyId);
    return ours(desk, family == null ? null : family.organisation(), family);
  }

  public Parent parent(Desk desk, UUID parentId) {
    Parent parent = parentId == null ? null : em.find(Parent.class, parentId);
    return ours(desk, parent == null ? null : parent.family().organisation(), parent);
  }

  public Child child(Desk desk, UUID childId) {
    Child child = childId == null ? null : em.find(Child.class, childId);
    return ours(desk, child == null ? null : child.family().organisation(), child);
  }

  public Contract contract(Desk desk, UUID contractId) {
    Contract contract = contractId == null ? null : em.find(Contract.class, contractId);
    return ours(desk, contract == null ? null : contract.location().organisation(), contract);
  }

  public Placement placement(Desk desk, UUID placementId) {
    Placement placement = placementId == null ? null : em.find(Placement.class, placementId);
    return ours(
        desk, placement == null ? null : placement.group().location().organisation(), placement);
  }

  public Location location(Desk desk, UUID locationId) {
    Location location = locationId == null ? null : em.find(Location.class, locationId);
    return ours(desk, location == null ? null : location.organisation(), location);
  }

  public Group group(Desk desk, UUID groupId) {
    Group group = groupId == null ? null : em.find(Group.class, groupId);
    return ours(desk, group == null ? null : group.location().organisation(), group);
  }

  private static <T> T ours(Desk desk, Organisation organisation, T object) {
    if (object == null || !organisation.id().equals(desk.organisation().id())) {
      throw new NotFoundException();
    }
    return object;
  }
}
