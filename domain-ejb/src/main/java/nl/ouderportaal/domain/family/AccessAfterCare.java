package nl.ouderportaal.domain.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * How long a family can use the portal after its care ends: when every contract has ended, the
 * parents can still log in to read and download for the organisation's number of weeks after the
 * last contract's end, but not submit anything new. A family whose care runs, or has not started,
 * has no end.
 */
public final class AccessAfterCare {

  private AccessAfterCare() {}

  /** The last day a parent can log in, or empty while care runs or is still to come. */
  public static Optional<LocalDate> lastDay(
      Collection<DateRange> contracts, int weeks, LocalDate today) {
    return lastEnd(contracts).filter(end -> end.isBefore(today)).map(end -> end.plusWeeks(weeks));
  }

  /**
   * The last day of care that the contracts agree on, today or in the future as well: the latest
   * end, or empty when a contract has no end or there is none. For one child's contracts, the day
   * its care ends; for a family's, the day the family's care ends.
   */
  public static Optional<LocalDate> lastEnd(Collection<DateRange> contracts) {
    LocalDate lastEnd = null;
    for (DateRange contract : contracts) {
      if (contract.isOpenEnded()) {
        return Optional.empty();
      }
      if (lastEnd == null || contract.end().isAfter(lastEnd)) {
        lastEnd = contract.end();
      }
    }
    return Optional.ofNullable(lastEnd);
  }

  /** Care has ended: the portal is read-only until {@link #lastDay}. */
  public static boolean careEnded(Collection<DateRange> contracts, LocalDate today) {
    return !contracts.isEmpty()
        && contracts.stream().noneMatch(c -> c.isOpenEnded() || !c.end().isBefore(today));
  }
}
