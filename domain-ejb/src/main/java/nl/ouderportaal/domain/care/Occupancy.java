package nl.ouderportaal.domain.care;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * How many children a group has in one day part: those whose contract books it, plus those with
 * approved extra care then, minus those reported absent. A child counts once.
 */
public record Occupancy(Set<UUID> contract, Set<UUID> extra, Set<UUID> absent, int capacity) {

  public int count() {
    return present().size();
  }

  /** The children who come: by contract or extra, and not reported absent. */
  public Set<UUID> present() {
    Set<UUID> present = new HashSet<>(contract);
    present.addAll(extra);
    present.removeAll(absent);
    return present;
  }

  /** Whether these children fit in as well (children already counted do not count twice). */
  public boolean fits(Set<UUID> newcomers) {
    Set<UUID> present = present();
    present.addAll(newcomers);
    return present.size() <= capacity;
  }
}
