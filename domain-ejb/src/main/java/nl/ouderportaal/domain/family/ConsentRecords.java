package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The consents of many children at once, for rules of other features (photos). */
@Dependent
public class ConsentRecords {

  @PersistenceContext private EntityManager em;

  /** Per child the purposes with consent now; a child without changes has none. */
  public Map<UUID, Set<ConsentPurpose>> granted(Collection<UUID> children) {
    Map<UUID, Set<ConsentPurpose>> granted = new HashMap<>();
    if (children.isEmpty()) {
      return granted;
    }
    em.createQuery(
            "select c from ConsentChange c where c.child.id in :children order by c.changedAt, c.id",
            ConsentChange.class)
        .setParameter("children", children)
        .getResultStream()
        .forEach(
            change -> {
              Set<ConsentPurpose> now =
                  granted.computeIfAbsent(
                      change.child().id(), id -> EnumSet.noneOf(ConsentPurpose.class));
              if (change.granted()) {
                now.add(change.purpose());
              } else {
                now.remove(change.purpose());
              }
            });
    return granted;
  }
}
