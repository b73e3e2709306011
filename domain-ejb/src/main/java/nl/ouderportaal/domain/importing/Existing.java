package nl.ouderportaal.domain.importing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * What the database holds that an import has to fit with, loaded by the import job before {@link
 * ImportCheck}. Every id here is an external id: the old system's id that an earlier import stored.
 * A record of the files with the same external id replaces the stored one, so the job may load
 * stored records that the files will replace: the check leaves those out itself.
 *
 * @param locations the organisation's locations with an external id
 * @param groups the groups of those locations, also those made by hand (for their names)
 * @param lrkNumbers every LRK number in use in the whole installation
 * @param accounts every e-mail address that has an account
 * @param families the external ids of the organisation's families
 * @param children the organisation's children with an external id
 * @param contracts every stored contract of those children
 * @param placements every stored placement of those children
 * @param placedChildren every child placed in a group with an external id, with its contracts at
 *     the group's location; from today on is enough
 * @param calendars the school holidays, study days and closing days per location external id
 */
public record Existing(
    List<Location> locations,
    List<Group> groups,
    List<LrkNumber> lrkNumbers,
    List<Account> accounts,
    Set<String> families,
    List<Child> children,
    List<StoredContract> contracts,
    List<StoredPlacement> placements,
    List<PlacedChild> placedChildren,
    Map<String, List<CalendarDay>> calendars) {

  /** An organisation without anything stored: its first import. */
  public static final Existing NONE = builder().build();

  public Existing {
    locations = List.copyOf(locations);
    groups = List.copyOf(groups);
    lrkNumbers = List.copyOf(lrkNumbers);
    accounts = List.copyOf(accounts);
    families = Set.copyOf(families);
    children = List.copyOf(children);
    contracts = List.copyOf(contracts);
    placements = List.copyOf(placements);
    placedChildren = List.copyOf(placedChildren);
    Map<String, List<CalendarDay>> copy = new LinkedHashMap<>();
    calendars.forEach((location, days) -> copy.put(location, List.copyOf(days)));
    calendars = Collections.unmodifiableMap(copy);
  }

  /** A stored location. */
  public record Location(
      String externalId,
      String name,
      CareType careType,
      String lrkNumber,
      Set<DayOfWeek> openingDays) {

    public Location {
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(careType, "careType");
      Objects.requireNonNull(lrkNumber, "lrkNumber");
      openingDays = Collections.unmodifiableSet(EnumSet.copyOf(openingDays));
    }
  }

  /**
   * A stored group of a location with an external id.
   *
   * @param externalId null for a group made by hand: only its name counts, which the import must
   *     not give a second group of the location
   */
  public record Group(
      String externalId,
      String locationId,
      String name,
      int minAgeMonths,
      int maxAgeMonths,
      Map<DayPart, Integer> capacities) {

    public Group {
      Objects.requireNonNull(locationId, "locationId");
      Objects.requireNonNull(name, "name");
      Map<DayPart, Integer> copy = new EnumMap<>(DayPart.class);
      copy.putAll(capacities);
      capacities = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * An LRK number in use.
   *
   * @param locationId the external id of its location in this organisation; null when it is another
   *     organisation's or a location without an external id
   */
  public record LrkNumber(String number, String locationId) {

    public LrkNumber {
      Objects.requireNonNull(number, "number");
    }
  }

  /**
   * An e-mail address that has an account, in lower case as logins compare them.
   *
   * @param familyId the external id of the family of this organisation whose parent it is; null for
   *     a staff member, a parent of a family without an external id or of another organisation
   */
  public record Account(String email, String familyId) {

    public Account {
      email = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }
  }

  /** A stored child with an external id, and the external id of its family. */
  public record Child(String externalId, String familyId) {

    public Child {
      Objects.requireNonNull(externalId, "externalId");
      Objects.requireNonNull(familyId, "familyId");
    }
  }

  /**
   * A stored contract of a child with an external id.
   *
   * @param externalId null for a contract made by hand in the portal
   * @param locationId null for a location without an external id
   */
  public record StoredContract(
      String childId,
      String externalId,
      String locationId,
      CareType careType,
      DateRange period,
      Set<ContractDay> days) {

    public StoredContract {
      Objects.requireNonNull(childId, "childId");
      Objects.requireNonNull(careType, "careType");
      Objects.requireNonNull(period, "period");
      days = Set.copyOf(days);
    }
  }

  /**
   * A stored placement of a child with an external id.
   *
   * @param externalId null for a placement made by hand in the portal
   * @param groupId null for a group without an external id
   * @param careType the care type of the group's location
   */
  public record StoredPlacement(
      String childId, String externalId, String groupId, CareType careType, DateRange period) {

    public StoredPlacement {
      Objects.requireNonNull(childId, "childId");
      Objects.requireNonNull(careType, "careType");
      Objects.requireNonNull(period, "period");
    }
  }

  /**
   * A child placed in a group, as the group's load counts it.
   *
   * @param childId the child's external id, null for a child made by hand; a child the files name
   *     is left out, as the files and its stored contracts and placements say how it comes after
   *     the import
   */
  public record PlacedChild(String groupId, String childId, GroupLoad.Placed placed) {

    public PlacedChild {
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(placed, "placed");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects what the job loads, one record at a time. */
  public static final class Builder {

    private final List<Location> locations = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<LrkNumber> lrkNumbers = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final Set<String> families = new LinkedHashSet<>();
    private final List<Child> children = new ArrayList<>();
    private final List<StoredContract> contracts = new ArrayList<>();
    private final List<StoredPlacement> placements = new ArrayList<>();
    private final List<PlacedChild> placedChildren = new ArrayList<>();
    private final Map<String, List<CalendarDay>> calendars = new LinkedHashMap<>();

    private Builder() {}

    /** A location, with its LRK number in use by it. */
    public Builder location(Location location) {
      locations.add(location);
      lrkNumbers.add(new LrkNumber(location.lrkNumber(), location.externalId()));
      return this;
    }

    public Builder group(Group group) {
      groups.add(group);
      return this;
    }

    /** An LRK number of another organisation or of a location without an external id. */
    public Builder lrkNumberElsewhere(String number) {
      lrkNumbers.add(new LrkNumber(number, null));
      return this;
    }

    /** An account of a parent of the family with this external id. */
    public Builder account(String email, String familyId) {
      accounts.add(new Account(email, Objects.requireNonNull(familyId, "familyId")));
      return this;
    }

    /** An account of someone who is not a parent of a family with an external id. */
    public Builder accountElsewhere(String email) {
      accounts.add(new Account(email, null));
      return this;
    }

    public Builder family(String externalId) {
      families.add(Objects.requireNonNull(externalId, "externalId"));
      return this;
    }

    public Builder child(String externalId, String familyId) {
      children.add(new Child(externalId, familyId));
      return this;
    }

    public Builder contract(StoredContract contract) {
      contracts.add(contract);
      return this;
    }

    public Builder placement(StoredPlacement placement) {
      placements.add(placement);
      return this;
    }

    public Builder placed(PlacedChild child) {
      placedChildren.add(child);
      return this;
    }

    public Builder calendar(String locationId, List<CalendarDay> marked) {
      calendars.computeIfAbsent(locationId, id -> new ArrayList<>()).addAll(marked);
      return this;
    }

    public Existing build() {
      return new Existing(
          locations,
          groups,
          lrkNumbers,
          accounts,
          families,
          children,
          contracts,
          placements,
          placedChildren,
          calendars);
    }
  }
}
