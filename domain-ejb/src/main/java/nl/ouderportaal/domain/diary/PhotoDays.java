package nl.ouderportaal.domain.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * The days on which a parent sees a group's photos: the days one of their children was placed in
 * that group. So a child that moved to another group, or whose care ended, leaves its parents the
 * photos of its own days in the group (for as long as they can see its photos at all), and never
 * shows them the photos of days before or after.
 */
public final class PhotoDays {

  /** A child's placement: the group and the days it was, or is, placed there. */
  public record Stay(UUID group, DateRange days) {

    public Stay {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(days, "days");
    }
  }

  private final Map<UUID, List<DateRange>> daysByGroup;

  public PhotoDays(Collection<Stay> stays) {
    this.daysByGroup =
        stays.stream()
            .collect(
                Collectors.groupingBy(
                    Stay::group, Collectors.mapping(Stay::days, Collectors.toList())));
  }

  /** The groups with at least one such day. */
  public Set<UUID> groups() {
    return Set.copyOf(daysByGroup.keySet());
  }

  /** Whether a photo taken in the group on the day is one the parent sees (consents aside). */
  public boolean covers(UUID group, LocalDate day) {
    return daysByGroup.getOrDefault(group, List.of()).stream().anyMatch(d -> d.contains(day));
  }
}
