package nl.ouderportaal.domain.family;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Which children a group has in each day part by their contracts: a child counts on a day when it
 * is placed in the group that day and a contract at the group's location books the day part on that
 * weekday, on a day the location gives care in that day part (so a BSO contract's after-school care
 * does not count on a school holiday). Extra care and absences come and go; a group is planned on
 * its contracts. A pure calculation, the same for the service desk's changes and for an import that
 * checks a whole file.
 */
public final class GroupLoad {

  /** A child in the group for a period, with its contracts at the group's location. */
  public record Placed(UUID child, DateRange placement, List<Booking> contracts) {}

  /** A contract: its period and the day parts it books each week. */
  public record Booking(DateRange period, Set<ContractDay> days) {

    static Booking of(Contract contract) {
      return new Booking(contract.period(), Set.copyOf(contract.days()));
    }

    boolean books(LocalDate day, DayPart part) {
      return period.contains(day) && days.contains(new ContractDay(day.getDayOfWeek(), part));
    }
  }

  /** A day part in which more children would come than the group takes. */
  public record Overflow(LocalDate day, DayPart part, int children, int capacity)
      implements Serializable {}

  private GroupLoad() {}

  /** The children who come by contract in a day part of a day. */
  public static Set<UUID> children(
      CareType careType, LocationCalendar.Day day, DayPart part, List<Placed> placed) {
    Set<UUID> children = new HashSet<>();
    if (!LocationCalendar.offers(careType, day, part)) {
      return children;
    }
    for (Placed child : placed) {
      if (child.placement().contains(day.date())
          && child.contracts().stream().anyMatch(c -> c.books(day.date(), part))) {
        children.add(child.child());
      }
    }
    return children;
  }

  /**
   * The day parts, earliest first and at most {@code max} of them, in which more children come than
   * the capacity of that day part.
   */
  public static List<Overflow> overflows(
      CareType careType,
      Map<DayPart, Integer> capacities,
      List<LocationCalendar.Day> days,
      List<Placed> placed,
      int max) {
    List<Overflow> overflows = new ArrayList<>();
    for (LocationCalendar.Day day : days) {
      for (DayPart part : DayPart.of(careType)) {
        int capacity = capacities.getOrDefault(part, 0);
        int count = children(careType, day, part, placed).size();
        if (count > capacity) {
          overflows.add(new Overflow(day.date(), part, count, capacity));
          if (overflows.size() >= max) {
            return overflows;
          }
        }
      }
    }
    return overflows;
  }

  /** The number of children per day part of each day. */
  public static Map<LocalDate, Map<DayPart, Set<UUID>>> byDay(
      CareType careType, List<LocationCalendar.Day> days, List<Placed> placed) {
    Map<LocalDate, Map<DayPart, Set<UUID>>> load = new java.util.LinkedHashMap<>();
    for (LocationCalendar.Day day : days) {
      Map<DayPart, Set<UUID>> parts = new EnumMap<>(DayPart.class);
      for (DayPart part : DayPart.of(careType)) {
        parts.put(part, children(careType, day, part, placed));
      }
      load.put(day.date(), parts);
    }
    return load;
  }
}
