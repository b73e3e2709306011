package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.PerRequest;

/**
 * The placements of a family's children up to today, read once per page request: the portal's pages
 * ask for the groups of today (where the children are, whose messages they read) and of the days
 * before (whose group photos they still see) in several use cases of one page. A change of a
 * placement forgets them ({@link #forget(Family)}).
 */
@Dependent
public class FamilyPlacements {

  /** A child's stay in a group. */
  public record Stay(UUID childId, UUID groupId, DateRange period) implements Serializable {

    public boolean today(LocalDate today) {
      return period.contains(today);
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The stays of the family's children that started on or before today. */
  public List<Stay> upToToday(Family family) {
    return PerRequest.remember(
        new Key(family.id()),
        () ->
            em
                .createQuery(
                    "select p.child.id, p.group.id, p.period from Placement p"
                        + " where p.child.family.id = :family and p.period.start <= :today",
                    Object[].class)
                .setParameter("family", family.id())
                .setParameter("today", LocalDate.now(clock))
                .getResultList()
                .stream()
                .map(row -> new Stay((UUID) row[0], (UUID) row[1], (DateRange) row[2]))
                .toList());
  }

  /** After a change of one of the family's placements, within the same request. */
  static void forget(Family family) {
    PerRequest.forget(new Key(family.id()));
  }

  private record Key(UUID familyId) {}
}
