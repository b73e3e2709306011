package nl.ouderportaal.domain.organisation;

import java.time.LocalDate;
import java.util.Map;

/**
 * Whether the children placed in a group fit capacities it is given. The placements and contracts
 * are the family feature's, which implements this, so that the organisation's boundary can refuse a
 * capacity the current children do not fit without knowing them.
 */
public interface GroupOccupancy {

  /**
   * Refuses the capacities when the group's children would not fit them in some day part from
   * {@code from} on (for a year), naming the first of those days.
   *
   * @throws nl.ouderportaal.domain.platform.BusinessException {@code group.overflow}
   */
  void requireFits(Group group, Map<DayPart, Integer> capacities, LocalDate from);

  /** Whether anything is placed in the group, or was. */
  boolean inUse(Group group);
}
