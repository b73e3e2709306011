package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.PerRequest;

/** The consents of many children at once, for rules of other features (photos). */
@Dependent
public class ConsentRecords {

  @PersistenceContext private EntityManager em;

  /**
   * Per child the purposes with consent now; a child without changes has none. Within a page
   * request each child's consents are read once (a page shows photos in several lists), and
   * forgotten when one changes ({@link #forget()}).
   */
  public Map<UUID, Set<ConsentPurpose>> granted(Collection<UUID> children) {
    Map<UUID, Set<ConsentPurpose>> known = PerRequest.remember(KNOWN, HashMap::new);
    List<UUID> unknown = children.stream().distinct().filter(c -> !known.containsKey(c)).toList();
    if (!unknown.isEmpty()) {
      Map<UUID, Set<ConsentPurpose>> read = read(unknown);
      unknown.forEach(child -> known.put(child, read.getOrDefault(child, Set.of())));
    }
    Map<UUID, Set<ConsentPurpose>> granted = new HashMap<>();
    for (UUID child : children) {
      Set<ConsentPurpose> purposes = known.get(child);
      if (!purposes.isEmpty()) {
        granted.put(child, purposes);
      }
    }
    return granted;
  }

  /** After a consent changed, within the same request. */
  static void forget() {
    PerRequest.forget(KNOWN);
  }

  private static final Object KNOWN = ConsentRecords.class.getName() + ".known";

  private Map<UUID, Set<ConsentPurpose>> read(Collection<UUID> children) {
    Map<UUID, Set<ConsentPurpose>> granted = new HashMap<>();
    em.createQuery(
            "select c from ConsentChange c where c.child.id in :children order by c.changedAt, c.id",
            ConsentChange.class)
        .setParameter("children", children)
        .getResultList()
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
    granted.replaceAll((child, purposes) -> Set.copyOf(purposes));
    return granted;
  }
}
