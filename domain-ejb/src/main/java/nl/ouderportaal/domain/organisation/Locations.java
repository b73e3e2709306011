package nl.ouderportaal.domain.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;
import org.hibernate.jpa.HibernateHints;

/**
 * The locations of the organisation and their groups, as the service desk keeps them: added,
 * corrected, and removed only while nothing uses them. A group's capacity per day part stays within
 * the legal caps ({@link GroupCaps}), and a change the children placed now do not fit is refused
 * with the day parts that would overflow. The times of the day parts and the holiday calendar of a
 * location are in {@link Settings}.
 */
@Stateless
public class Locations {

  /** A location with its groups, as the locations page lists them. */
  public record LocationLine(
      UUID id,
      String name,
      String street,
      String postalCode,
      String city,
      String lrkNumber,
      CareType careType,
      LocalTime opensAt,
      LocalTime closesAt,
      Set<DayOfWeek> openingDays,
      List<GroupLine> groups)
      implements Serializable {}

  /** A group with its age range and capacity per day part. */
  public record GroupLine(
      UUID id,
      UUID locationId,
      String name,
      int minAgeMonths,
      int maxAgeMonths,
      Map<DayPart, Integer> capacities,
      int cap)
      implements Serializable {}

  /** A location as the service desk enters it. */
  public record LocationForm(
      String name,
      String street,
      String postalCode,
      String city,
      String lrkNumber,
      CareType careType,
      LocalTime opensAt,
      LocalTime closesAt,
      Set<DayOfWeek> openingDays)
      implements Serializable {}

  /** A group as the service desk enters it. */
  public record GroupForm(
      String name, Integer minAgeMonths, Integer maxAgeMonths, Map<DayPart, Integer> capacities)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Employees employees;
  @Inject private GroupOccupancy occupancy;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * The organisation's locations by name, each with its groups by name. Every form that offers a
   * location or group asks for them, and they rarely change: the queries are cached (and forgotten
   * at any change of a location or group).
   */
  public List<LocationLine> list() {
    Organisation organisation = organisation();
    List<Location> locations =
        em.createQuery(
                "select l from Location l where l.organisation = :o order by l.name",
                Location.class)
            .setParameter("o", organisation)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getResultList();
    Map<UUID, List<GroupLine>> groups =
        em.createQuery(
                "select distinct g from Group g left join fetch g.capacities"
                    + " where g.location.organisation = :o",
                Group.class)
            .setParameter("o", organisation)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getResultStream()
            .sorted(java.util.Comparator.comparing(Group::name))
            .map(Locations::line)
            .collect(Collectors.groupingBy(GroupLine::locationId));
    return locations.stream().map(l -> line(l, groups.getOrDefault(l.id(), List.of()))).toList();
  }

  public LocationLine location(UUID locationId) {
    Location location = location(organisation(), locationId);
    return line(location, groupsOf(location).stream().map(Locations::line).toList());
  }

  public UUID create(LocationForm form) {
    Organisation organisation = organisation();
    if (form.careType() == null) {
      throw new BusinessException("location.careTypeRequired").on("careType");
    }
    String lrk = Location.requireLrkNumber(form.lrkNumber());
    requireLrkFree(lrk, null);
    Location location =
        new Location(
            organisation, required(form.name(), "name"), address(form), lrk, form.careType());
    applyTimes(location, form);
    em.persist(location);
    audit.change(
        actor(), "LOCATION_CREATED", "LOCATION", location.id(), null, null, words(location));
    return location.id();
  }

  public void change(UUID locationId, LocationForm form) {
    Organisation organisation = organisation();
    Location location = location(organisation, locationId);
    String before = words(location);
    String lrk = Location.requireLrkNumber(form.lrkNumber());
    requireLrkFree(lrk, location);
    location.change(required(form.name(), "name"), address(form), lrk);
    if (form.careType() != null && form.careType() != location.careType()) {
      if (inUse(location)) {
        throw new BusinessException("location.careTypeInUse").on("careType");
      }
      location.changeCareType(form.careType());
    }
    applyTimes(location, form);
    String after = words(location);
    if (!after.equals(before)) {
      audit.change(actor(), "LOCATION_CHANGED", "LOCATION", location.id(), null, before, after);
    }
  }

  /** Removes a location that has no groups, contracts, requests or news. */
  public void remove(UUID locationId) {
    Location location = location(organisation(), locationId);
    if (inUse(location)
        || !groupsOf(location).isEmpty()
        || used("NewsItem", "location", location)) {
      throw new BusinessException("location.inUse", location.name());
    }
    String before = words(location);
    em.createQuery("delete from CalendarDay d where d.location = :l")
        .setParameter("l", location)
        .executeUpdate();
    em.createQuery("delete from DayPartTimes t where t.key.locationId = :l")
        .setParameter("l", location.id())
        .executeUpdate();
    em.remove(location);
    audit.change(actor(), "LOCATION_REMOVED", "LOCATION", locationId, null, before, null);
  }

  public UUID addGroup(UUID locationId, GroupForm form) {
    Location location = location(organisation(), locationId);
    requireNameFree(location, form.name(), null);
    Group group =
        new Group(
            location,
            form.name(),
            value(form.minAgeMonths(), "minAgeMonths"),
            value(form.maxAgeMonths(), "maxAgeMonths"),
            form.capacities());
    em.persist(group);
    audit.change(actor(), "GROUP_CREATED", "GROUP", group.id(), null, null, words(group));
    return group.id();
  }

  /**
   * Changes a group; refused with {@code group.overflow} when the children placed in it from today
   * on would not fit the new capacities.
   */
  public void changeGroup(UUID groupId, GroupForm form) {
    Group group = group(organisation(), groupId);
    requireNameFree(group.location(), form.name(), group);
    String before = words(group);
    group.change(
        form.name(),
        value(form.minAgeMonths(), "minAgeMonths"),
        value(form.maxAgeMonths(), "maxAgeMonths"),
        form.capacities());
    occupancy.requireFits(group, group.capacities(), LocalDate.now(clock));
    String after = words(group);
    if (!after.equals(before)) {
      audit.change(actor(), "GROUP_CHANGED", "GROUP", group.id(), null, before, after);
    }
  }

  /** Removes a group that never had a child, a request, a photo or a message. */
  public void removeGroup(UUID groupId) {
    Group group = group(organisation(), groupId);
    boolean used =
        occupancy.inUse(group)
            || used("CareRequestLine", "group", group)
            || used("Album", "group", group)
            || used("Photo", "group", group)
            || used("GroupMessage", "group", group);
    if (used) {
      throw new BusinessException("group.inUse", group.name());
    }
    String before = words(group);
    em.createQuery(
            "select s from StaffMember s join s.groups g where g = :group", StaffMember.class)
        .setParameter("group", group)
        .getResultStream()
        .forEach(
            s ->
                s.workIn(
                    s.groups().stream()
                        .filter(g -> !g.id().equals(groupId))
                        .collect(Collectors.toSet())));
    em.remove(group);
    audit.change(actor(), "GROUP_REMOVED", "GROUP", groupId, null, before, null);
  }

  private boolean inUse(Location location) {
    return used("Contract", "location", location)
        || used("CareRequestLine", "location", location)
        || !groupsOf(location).isEmpty();
  }

  /**
   * Whether any object of another feature points at this one. By entity name, as those features
   * build on this one.
   */
  private boolean used(String entity, String attribute, Object target) {
    return !em.createQuery(
            "select 1 from " + entity + " x where x." + attribute + " = :target", Integer.class)
        .setParameter("target", target)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<Group> groupsOf(Location location) {
    return em.createQuery(
            "select distinct g from Group g left join fetch g.capacities where g.location = :l"
                + " order by g.name",
            Group.class)
        .setParameter("l", location)
        .getResultList();
  }

  private void applyTimes(Location location, LocationForm form) {
    if (form.opensAt() != null || form.closesAt() != null) {
      if (form.opensAt() == null
          || form.closesAt() == null
          || !form.opensAt().isBefore(form.closesAt())) {
        throw new BusinessException("settings.timesInvalid").on("opensAt");
      }
      location.changeOpeningHours(form.opensAt(), form.closesAt());
    }
    if (form.openingDays() != null) {
      location.changeOpeningDays(form.openingDays());
    }
  }

  private void requireLrkFree(String lrk, Location except) {
    boolean taken =
        em.createQuery("select l from Location l where l.lrkNumber = :lrk", Location.class)
            .setParameter("lrk", lrk)
            .getResultStream()
            .anyMatch(l -> except == null || !l.id().equals(except.id()));
    if (taken) {
      throw new BusinessException("location.lrkTaken", lrk).on("lrkNumber");
    }
  }

  private void requireNameFree(Location location, String name, Group except) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("group.nameRequired").on("name");
    }
    boolean taken =
        groupsOf(location).stream()
            .anyMatch(
                g ->
                    g.name().equalsIgnoreCase(name.strip())
                        && (except == null || !g.id().equals(except.id())));
    if (taken) {
      throw new BusinessException("group.nameTaken", name.strip()).on("name");
    }
  }

  private static int value(Integer months, String field) {
    if (months == null) {
      throw new BusinessException("field.required").on(field);
    }
    return months;
  }

  private static Address address(LocationForm form) {
    String street = required(form.street(), "street");
    String postalCode = required(form.postalCode(), "postalCode");
    String city = required(form.city(), "city");
    try {
      return new Address(street, postalCode, city);
    } catch (IllegalArgumentException badPostalCode) {
      throw new BusinessException("details.postalCode.invalid").on("postalCode");
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("field.required").on(field);
    }
    if (value.strip().length() > 100) {
      throw new BusinessException("details.tooLong").on(field);
    }
    return value.strip();
  }

  static LocationLine line(Location l, List<GroupLine> groups) {
    return new LocationLine(
        l.id(),
        l.name(),
        l.address().street(),
        l.address().postalCode(),
        l.address().city(),
        l.lrkNumber(),
        l.careType(),
        l.opensAt(),
        l.closesAt(),
        l.openingDays(),
        groups);
  }

  static GroupLine line(Group g) {
    return new GroupLine(
        g.id(),
        g.location().id(),
        g.name(),
        g.minAgeMonths(),
        g.maxAgeMonths(),
        g.capacities(),
        GroupCaps.maximum(g.location().careType(), g.minAgeMonths(), g.maxAgeMonths()));
  }

  /** "De Boomhut, KDV, Biltstraat 120, 3572 BK Utrecht, LRK 123456789, ma-vr 07:30-18:30" */
  static String words(Location l) {
    return l.name()
        + ", "
        + (l.careType() == CareType.DAYCARE ? "KDV" : "BSO")
        + ", "
        + l.address()
        + ", LRK "
        + l.lrkNumber()
        + ", "
        + l.openingDays().stream()
            .map(
                d ->
                    d.getDisplayName(
                        java.time.format.TextStyle.SHORT, java.util.Locale.forLanguageTag("nl")))
            .collect(Collectors.joining(" "))
        + " "
        + l.opensAt()
        + "-"
        + l.closesAt();
  }

  /** "Rupsjes, 0-24 maanden, ochtend 12, middag 12" */
  static String words(Group g) {
    return g.name()
        + ", "
        + g.minAgeMonths()
        + "-"
        + g.maxAgeMonths()
        + " maanden, "
        + g.capacities().entrySet().stream()
            .map(e -> dutch(e.getKey()) + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }

  private static String dutch(DayPart part) {
    return switch (part) {
      case MORNING -> "ochtend";
      case AFTERNOON -> "middag";
      case BEFORE_SCHOOL -> "VSO";
      case AFTER_SCHOOL -> "NSO";
      case HOLIDAY_DAY -> "vakantiedag";
    };
  }

  private Location location(Organisation organisation, UUID locationId) {
    Location location = locationId == null ? null : em.find(Location.class, locationId);
    if (location == null || !location.organisation().id().equals(organisation.id())) {
      throw new NotFoundException();
    }
    return location;
  }

  private Group group(Organisation organisation, UUID groupId) {
    Group group = groupId == null ? null : em.find(Group.class, groupId);
    if (group == null || !group.location().organisation().id().equals(organisation.id())) {
      throw new NotFoundException();
    }
    return group;
  }

  private UUID actor() {
    return currentUser.requireAccountId();
  }

  private Organisation organisation() {
    currentUser.require(Role.SERVICEDESK);
    return employees.current().organisation();
  }
}
