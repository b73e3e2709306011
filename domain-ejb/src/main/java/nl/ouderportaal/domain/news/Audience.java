package nl.ouderportaal.domain.news;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.FamilyPlacements;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.Group;

/**
 * Who news is for. A family's locations are those of its children's placements and contracts that
 * run today: the same rule as for the groups whose messages and photos a parent sees (see {@code
 * diary.Viewer}), so that news, like the group, goes quiet when care ends and starts with the first
 * day of care. The parents told about an item are exactly those who can then read it.
 */
@Dependent
public class Audience {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private FamilyCare care;
  @Inject private FamilyPlacements placements;

  /** The locations of the family's children today. */
  Set<UUID> locationsOf(Family family) {
    LocalDate today = LocalDate.now(clock);
    Set<UUID> locations = new HashSet<>(care.contractLocationsOn(family, today));
    placements.upToToday(family).stream()
        .filter(stay -> stay.today(today))
        .forEach(stay -> locations.add(em.find(Group.class, stay.groupId()).location().id()));
    return locations;
  }

  /** The parents with a login whose children are at one of the locations today. */
  List<Parent> parentsAt(Collection<UUID> locations) {
    if (locations.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Parent p where p.accountId is not null and ("
                + " p.family.id in (select pl.child.family.id from Placement pl"
                + "   where pl.group.location.id in :locations and pl.period.start <= :day"
                + "   and (pl.period.end is null or pl.period.end >= :day))"
                + " or p.family.id in (select c.child.family.id from Contract c"
                + "   where c.location.id in :locations and c.period.start <= :day"
                + "   and (c.period.end is null or c.period.end >= :day)))"
                + " order by p.id",
            Parent.class)
        .setParameter("locations", locations)
        .setParameter("day", LocalDate.now(clock))
        .getResultList();
  }

  /** Every location of the organisation. */
  List<UUID> locationsOfOrganisation(UUID organisationId) {
    return em.createQuery(
            "select l.id from Location l where l.organisation.id = :organisation", UUID.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }
}
