package nl.ouderportaal.domain.importing;

import static nl.ouderportaal.domain.importing.ImportFileKind.CHILDREN;
import static nl.ouderportaal.domain.importing.ImportFileKind.CONTRACTS;
import static nl.ouderportaal.domain.importing.ImportFileKind.FAMILIES;
import static nl.ouderportaal.domain.importing.ImportFileKind.GROUPS;
import static nl.ouderportaal.domain.importing.ImportFileKind.LOCATIONS;
import static nl.ouderportaal.domain.importing.ImportFileKind.PLACEMENTS;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ouderportaal.domain.family.FlexHours;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.GroupCaps;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * The checks of an import that need more than one row or the database: references between the
 * files, numbers and names that must be unique, day parts and hours that must fit the location, and
 * groups that must hold their children. Each row is checked against the organisation as it will be
 * after the import: a row replaces the stored record with the same external id, so importing the
 * same files twice finds nothing new. A pure function; the job loads {@link Existing}.
 */
public final class ImportCheck {

  /** How far ahead groups must hold their children, as for a change by the service desk. */
  static final int DAYS_AHEAD = 366;

  /** The other record a problem names is a row of the files. */
  static final int IN_FILES = 1;

  /** The other record a problem names is stored in the portal. */
  static final int IN_PORTAL = 0;

  private static final Map<DayPart, String> DAY_PART_WORDS =
      Map.of(
          DayPart.MORNING, "ochtend",
          DayPart.AFTERNOON, "middag",
          DayPart.BEFORE_SCHOOL, "VSO",
          DayPart.AFTER_SCHOOL, "NSO",
          DayPart.HOLIDAY_DAY, "vakantiedag");

  /**
   * The outcome of a check.
   *
   * @param problems those of reading and parsing first, then those of this check in file and line
   *     order
   * @param cleanFamilies the families that can be imported now, in file order
   * @param cleanLocations the locations of the files that can be imported now
   * @param cleanGroups the groups of the files that can be imported now
   * @param families how many families the files have rows for
   */
  public record Checked(
      List<ImportProblem> problems,
      Set<String> cleanFamilies,
      Set<String> cleanLocations,
      Set<String> cleanGroups,
      int families)
      implements Serializable {

    public Checked {
      problems = List.copyOf(problems);
      cleanFamilies = Collections.unmodifiableSet(new LinkedHashSet<>(cleanFamilies));
      cleanLocations = Collections.unmodifiableSet(new LinkedHashSet<>(cleanLocations));
      cleanGroups = Collections.unmodifiableSet(new LinkedHashSet<>(cleanGroups));
    }

    /** Whether the files can be imported as a whole. */
    public boolean isClean() {
      return problems.isEmpty();
    }
  }

  /** A location as it will be after the import: its row in the files, else as stored. */
  private record LocationAfter(CareType careType, Set<DayOfWeek> openingDays) {}

  /** A group as it will be after the import; {@code row} is null for a stored group only. */
  private record GroupAfter(
      String externalId,
      String locationId,
      String name,
      Map<DayPart, Integer> capacities,
      GroupRow row) {}

  /** A group whose name another group of its location must not have. */
  private record Named(String externalId, int where) {}

  /**
   * A contract or placement, which another one of the same child and care type must not overlap;
   * its external id is "" when it was made by hand.
   */
  private record Period(String externalId, CareType careType, DateRange range, int where) {

    Period {
      externalId = Objects.requireNonNullElse(externalId, "");
    }
  }

  private final ImportFiles.Read read;
  private final ImportRows.Parsed parsed;
  private final Existing existing;
  private final LocalDate today;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Set<String> overflowingChildren = new HashSet<>();
  private final Map<ImportFileKind, Set<String>> idsInFiles = new EnumMap<>(ImportFileKind.class);

  private final Map<String, LocationRow> fileLocations;
  private final Map<String, GroupRow> fileGroups;
  private final Map<String, Existing.Location> storedLocations;
  private final Map<String, Existing.Group> storedGroups;
  private final Set<String> storedChildren;
  private final Set<String> childrenOfFiles;
  private final List<Existing.StoredContract> keptContracts;
  private final List<Existing.StoredPlacement> keptPlacements;

  private ImportCheck(
      ImportFiles.Read read, ImportRows.Parsed parsed, Existing existing, LocalDate today) {
    this.read = Objects.requireNonNull(read, "read");
    this.parsed = Objects.requireNonNull(parsed, "parsed");
    this.existing = Objects.requireNonNull(existing, "existing");
    this.today = Objects.requireNonNull(today, "today");
    fileLocations = byId(parsed.locations(), LocationRow::externalId);
    fileGroups = byId(parsed.groups(), GroupRow::externalId);
    storedLocations = byId(existing.locations(), Existing.Location::externalId);
    storedGroups =
        byId(
            existing.groups().stream().filter(g -> g.externalId() != null).toList(),
            Existing.Group::externalId);
    storedChildren =
        existing.children().stream().map(Existing.Child::externalId).collect(Collectors.toSet());
    childrenOfFiles = new HashSet<>(ids(CHILDREN));
    childrenOfFiles.addAll(values(CONTRACTS, "kind_id"));
    childrenOfFiles.addAll(values(PLACEMENTS, "kind_id"));
    // what a row of the files does not replace stays, also when it came from an earlier import
    Set<String> contractIds = ids(CONTRACTS);
    keptContracts =
        existing.contracts().stream()
            .filter(c -> c.externalId() == null || !contractIds.contains(c.externalId()))
            .toList();
    Set<String> placementIds = ids(PLACEMENTS);
    keptPlacements =
        existing.placements().stream()
            .filter(p -> p.externalId() == null || !placementIds.contains(p.externalId()))
            .toList();
  }

  /**
   * Checks the rows that could be parsed against each other and against what is stored, and says
   * which families, locations and groups can be imported.
   *
   * @param today the first day from which groups must hold their children
   */
  public static Checked check(
      ImportFiles.Read read, ImportRows.Parsed parsed, Existing existing, LocalDate today) {
    return new ImportCheck(read, parsed, existing, today).run();
  }

  private Checked run() {
    references();
    locations();
    groups();
    families();
    contracts();
    placements();
    capacity();
    List<ImportProblem> own = new ArrayList<>(problems);
    own.sort(Comparator.comparingInt(ImportCheck::fileOrder).thenComparingInt(ImportProblem::line));
    List<ImportProblem> all = new ArrayList<>(parsed.problems());
    all.addAll(own);
    CleanRows clean = new CleanRows(read, existing);
    clean.blame(parsed.problems(), true);
    clean.blame(own, false);
    clean.blameChildren(overflowingChildren);
    return new Checked(
        all,
        clean.families(),
        clean.locations(parsed.locations().stream().map(LocationRow::externalId).toList()),
        clean.groups(parsed.groups().stream().map(GroupRow::externalId).toList()),
        clean.familiesCount());
  }

  // 1. every row refers to something the files or the database have

  private void references() {
    for (GroupRow group : parsed.groups()) {
      if (!locationKnown(group.locationId())) {
        problem(GROUPS, group.line(), "locatie_id", "import.unknownLocation", group.locationId());
      }
    }
    for (ChildRow child : parsed.children()) {
      if (!ids(FAMILIES).contains(child.familyId())
          && !existing.families().contains(child.familyId())) {
        problem(CHILDREN, child.line(), "gezin_id", "import.unknownFamily", child.familyId());
      }
    }
    for (ContractRow contract : parsed.contracts()) {
      if (!childKnown(contract.childId())) {
        problem(CONTRACTS, contract.line(), "kind_id", "import.unknownChild", contract.childId());
      }
      if (!locationKnown(contract.locationId())) {
        problem(
            CONTRACTS,
            contract.line(),
            "locatie_id",
            "import.unknownLocation",
            contract.locationId());
      }
    }
    for (PlacementRow placement : parsed.placements()) {
      if (!childKnown(placement.childId())) {
        problem(
            PLACEMENTS, placement.line(), "kind_id", "import.unknownChild", placement.childId());
      }
      if (!ids(GROUPS).contains(placement.groupId())
          && !storedGroups.containsKey(placement.groupId())) {
        problem(
            PLACEMENTS, placement.line(), "groep_id", "import.unknownGroup", placement.groupId());
      }
    }
  }

  private boolean locationKnown(String id) {
    return ids(LOCATIONS).contains(id) || storedLocations.containsKey(id);
  }

  private boolean childKnown(String id) {
    return ids(CHILDREN).contains(id) || storedChildren.contains(id);
  }

  // 2. an LRK number belongs to one location, a location keeps its care type

  private void locations() {
    Map<String, LocationRow> byLrk = new HashMap<>();
    Map<String, Existing.LrkNumber> inUse = new HashMap<>();
    existing.lrkNumbers().forEach(lrk -> inUse.putIfAbsent(lrk.number(), lrk));
    for (LocationRow location : parsed.locations()) {
      LocationRow first = byLrk.putIfAbsent(location.lrkNumber(), location);
      Existing.LrkNumber stored = inUse.get(location.lrkNumber());
      if (first != null) {
        problem(
            LOCATIONS,
            location.line(),
            "lrk_nummer",
            "import.lrkTaken",
            location.lrkNumber(),
            first.externalId(),
            IN_FILES);
      } else if (stored != null && !location.externalId().equals(stored.locationId())) {
        problem(
            LOCATIONS,
            location.line(),
            "lrk_nummer",
            "import.lrkTaken",
            location.lrkNumber(),
            Objects.requireNonNullElse(stored.locationId(), ""),
            IN_PORTAL);
      }
      Existing.Location before = storedLocations.get(location.externalId());
      if (before != null && before.careType() != location.careType()) {
        problem(
            LOCATIONS,
            location.line(),
            "opvangsoort",
            "import.careTypeChanged",
            word(before.careType()),
            word(location.careType()));
      }
    }
  }

  // 3. a group fits the care type of its location, the law, and its location's other groups

  private void groups() {
    Map<String, Named> names = new HashMap<>();
    Set<String> replaced = ids(GROUPS);
    for (Existing.Group group : existing.groups()) {
      if (group.externalId() == null || !replaced.contains(group.externalId())) {
        names.putIfAbsent(
            nameKey(group.locationId(), group.name()),
            new Named(Objects.requireNonNullElse(group.externalId(), ""), IN_PORTAL));
      }
    }
    for (GroupRow group : parsed.groups()) {
      locationAfter(group.locationId())
          .ifPresent(location -> legalLimits(group, location.careType()));
      Named other =
          names.putIfAbsent(
              nameKey(group.locationId(), group.name()), new Named(group.externalId(), IN_FILES));
      if (other != null) {
        problem(
            GROUPS,
            group.line(),
            "naam",
            "import.groupNameTaken",
            group.name(),
            other.externalId(),
            other.where());
      }
    }
  }

  private static String nameKey(String locationId, String name) {
    return locationId + "\0" + name.strip().toLowerCase(Locale.ROOT);
  }

  /** Ages of the care type, and in each of its day parts 1 up to the cap of those ages. */
  private void legalLimits(GroupRow group, CareType careType) {
    try {
      GroupCaps.requireAges(careType, group.minAgeMonths(), group.maxAgeMonths());
    } catch (BusinessException refused) {
      int lowest = (Integer) refused.arguments().get(0);
      int highest = (Integer) refused.arguments().get(1);
      boolean fromIsWrong = group.minAgeMonths() < lowest || group.minAgeMonths() >= highest;
      problem(
          GROUPS,
          group.line(),
          fromIsWrong ? "leeftijd_van_maanden" : "leeftijd_tot_maanden",
          "import.groupAges",
          lowest,
          highest,
          word(careType));
    }
    int cap = GroupCaps.maximum(careType, group.minAgeMonths(), group.maxAgeMonths());
    Set<String> columns = new HashSet<>();
    for (DayPart part : DayPart.of(careType)) {
      int capacity = group.capacities().get(part);
      String column = capacityColumn(group, part);
      if ((capacity < 1 || capacity > cap) && columns.add(column)) {
        problem(
            GROUPS, group.line(), column, "import.groupOverCap", capacity, cap, dayPartWord(part));
      }
    }
  }

  /** Where a day part's capacity was read: its own column, or "kindplaatsen" when that is empty. */
  private String capacityColumn(GroupRow group, DayPart part) {
    String own = GroupRow.capacityColumn(part);
    return row(GROUPS, group.line()).value(own).isBlank() ? "kindplaatsen" : own;
  }

  // 4. an e-mail address is the login of one parent

  private void families() {
    Map<String, String> familyOfEmail = new HashMap<>();
    Map<String, Existing.Account> accounts = new HashMap<>();
    existing.accounts().forEach(account -> accounts.putIfAbsent(account.email(), account));
    for (FamilyRow family : parsed.families()) {
      for (int i = 0; i < family.parents().size(); i++) {
        String email = family.parents().get(i).email();
        String column = "ouder" + (i + 1) + "_email";
        String other = familyOfEmail.putIfAbsent(email, family.externalId());
        if (other != null) {
          problem(FAMILIES, family.line(), column, "import.emailTwice", email, other);
        }
        Existing.Account account = accounts.get(email);
        if (account != null && !family.externalId().equals(account.familyId())) {
          problem(FAMILIES, family.line(), column, "import.emailTaken", email);
        }
      }
    }
  }

  // 5. a contract books day parts and hours of its location's care type, one at a time

  private void contracts() {
    Map<String, List<Period>> stored = new HashMap<>();
    keptContracts.forEach(
        c ->
            stored
                .computeIfAbsent(c.childId(), child -> new ArrayList<>())
                .add(new Period(c.externalId(), c.careType(), c.period(), IN_PORTAL)));
    Map<String, List<Period>> earlier = new HashMap<>();
    for (ContractRow contract : parsed.contracts()) {
      Optional<CareType> careType =
          locationAfter(contract.locationId()).map(LocationAfter::careType);
      if (careType.isEmpty()) {
        continue;
      }
      dayParts(contract, careType.get());
      flexHours(contract, careType.get());
      Period period =
          new Period(
              contract.externalId(),
              careType.get(),
              new DateRange(contract.start(), contract.end()),
              IN_FILES);
      List<Period> inFiles = earlier.computeIfAbsent(contract.childId(), c -> new ArrayList<>());
      overlap(period, inFiles, stored.getOrDefault(contract.childId(), List.of()))
          .ifPresent(
              other ->
                  problem(
                      CONTRACTS,
                      contract.line(),
                      "begindatum",
                      "import.contractOverlap",
                      other.externalId(),
                      other.range().start(),
                      other.where()));
      inFiles.add(period);
    }
  }

  private void dayParts(ContractRow contract, CareType careType) {
    Map<DayOfWeek, DayPart> wrong = new TreeMap<>();
    contract.days().stream()
        .filter(day -> day.dayPart().careType() != careType)
        .forEach(day -> wrong.merge(day.weekday(), day.dayPart(), (a, b) -> a));
    wrong.forEach(
        (weekday, part) ->
            problem(
                CONTRACTS,
                contract.line(),
                ContractRow.dayColumn(weekday),
                "import.dayPartWrongCareType",
                dayPartWord(part),
                word(careType)));
  }

  private void flexHours(ContractRow contract, CareType careType) {
    try {
      new FlexHours(contract.flexDaycare(), contract.flexOutOfSchool(), contract.holiday())
          .requireFits(careType);
    } catch (BusinessException refused) {
      if (refused.messageKey().equals("contract.flexWrongCareType")) {
        String column =
            careType == CareType.OUT_OF_SCHOOL
                ? "flex_kdv_uren"
                : contract.flexOutOfSchool().signum() != 0 ? "flex_bso_uren" : "vakantiepret_uren";
        problem(CONTRACTS, contract.line(), column, "import.flexWrongCareType", word(careType));
      } else {
        // contract.flexInvalid: more hours than a contract can hold, which the import would refuse
        String column =
            contract.flexDaycare().compareTo(FlexHours.MAX) > 0
                ? "flex_kdv_uren"
                : contract.flexOutOfSchool().compareTo(FlexHours.MAX) > 0
                    ? "flex_bso_uren"
                    : "vakantiepret_uren";
        problem(CONTRACTS, contract.line(), column, "import.flexTooMany", FlexHours.MAX.intValue());
      }
    }
  }

  // 6. a child is in one group of a care type at a time

  private void placements() {
    Map<String, List<Period>> stored = new HashMap<>();
    keptPlacements.forEach(
        p ->
            stored
                .computeIfAbsent(p.childId(), child -> new ArrayList<>())
                .add(new Period(p.externalId(), p.careType(), p.period(), IN_PORTAL)));
    Map<String, List<Period>> earlier = new HashMap<>();
    for (PlacementRow placement : parsed.placements()) {
      Optional<CareType> careType =
          groupAfter(placement.groupId())
              .flatMap(group -> locationAfter(group.locationId()))
              .map(LocationAfter::careType);
      if (careType.isEmpty()) {
        continue;
      }
      Period period =
          new Period(
              placement.externalId(),
              careType.get(),
              new DateRange(placement.start(), placement.end()),
              IN_FILES);
      List<Period> inFiles = earlier.computeIfAbsent(placement.childId(), c -> new ArrayList<>());
      overlap(period, inFiles, stored.getOrDefault(placement.childId(), List.of()))
          .ifPresent(
              other ->
                  problem(
                      PLACEMENTS,
                      placement.line(),
                      "begindatum",
                      "import.placementOverlap",
                      other.externalId(),
                      other.range().start(),
                      other.where()));
      inFiles.add(period);
    }
  }

  /** The first period of the same care type that overlaps, the rows of the files first. */
  private static Optional<Period> overlap(
      Period period, List<Period> inFiles, List<Period> stored) {
    return Stream.concat(inFiles.stream(), stored.stream())
        .filter(other -> other.careType() == period.careType())
        .filter(other -> other.range().overlaps(period.range()))
        .findFirst();
  }

  // 7. every group holds its children by contract, every day part of the coming year

  private void capacity() {
    Map<String, UUID> idOfChild = new HashMap<>();
    childrenOfFiles.forEach(child -> idOfChild.put(child, childUuid(child)));
    Map<UUID, String> childOfId = new HashMap<>();
    idOfChild.forEach((child, id) -> childOfId.put(id, child));
    ByGroupAndChild rows = new ByGroupAndChild();
    for (GroupAfter group : groupsToHold()) {
      Optional<LocationAfter> location = locationAfter(group.locationId());
      if (location.isEmpty()) {
        continue;
      }
      CareType careType = location.get().careType();
      List<CalendarDay> marked = existing.calendars().getOrDefault(group.locationId(), List.of());
      Map<LocalDate, LocationCalendar.Day> days = new LinkedHashMap<>();
      today
          .datesUntil(today.plusDays(DAYS_AHEAD))
          .forEach(
              date ->
                  days.put(date, LocationCalendar.day(date, marked, location.get().openingDays())));
      List<GroupLoad.Placed> placed = placed(group, idOfChild, rows);
      List<GroupLoad.Overflow> overflows =
          GroupLoad.overflows(
              careType, group.capacities(), List.copyOf(days.values()), placed, Integer.MAX_VALUE);
      Map<DayPart, GroupLoad.Overflow> firstPerPart = new EnumMap<>(DayPart.class);
      for (GroupLoad.Overflow overflow : overflows) {
        firstPerPart.putIfAbsent(overflow.part(), overflow);
        GroupLoad.children(careType, days.get(overflow.day()), overflow.part(), placed).stream()
            .map(childOfId::get)
            .filter(Objects::nonNull)
            .forEach(overflowingChildren::add);
      }
      firstPerPart.values().forEach(overflow -> overflowProblem(group, overflow));
    }
  }

  /** The groups of the files, then the stored groups a child of the files is placed in. */
  private List<GroupAfter> groupsToHold() {
    Set<String> ids = new LinkedHashSet<>(fileGroups.keySet());
    Set<String> stored = new TreeSet<>();
    parsed.placements().forEach(p -> stored.add(p.groupId()));
    keptPlacements.stream()
        .filter(p -> p.groupId() != null && childrenOfFiles.contains(p.childId()))
        .forEach(p -> stored.add(p.groupId()));
    ids.addAll(stored);
    return ids.stream().map(this::groupAfter).flatMap(Optional::stream).toList();
  }

  /**
   * The children in the group: those of the files by their placements and contracts in the files
   * and those stored that the files do not replace; the other children as stored.
   */
  private List<GroupLoad.Placed> placed(
      GroupAfter group, Map<String, UUID> idOfChild, ByGroupAndChild rows) {
    Map<String, List<DateRange>> placements = new LinkedHashMap<>();
    rows.placements(group.externalId())
        .forEach(
            p ->
                placements
                    .computeIfAbsent(p.childId(), c -> new ArrayList<>())
                    .add(new DateRange(p.start(), p.end())));
    rows.keptPlacements(group.externalId())
        .forEach(
            p -> placements.computeIfAbsent(p.childId(), c -> new ArrayList<>()).add(p.period()));
    List<GroupLoad.Placed> placed = new ArrayList<>();
    placements.forEach(
        (child, periods) -> {
          List<GroupLoad.Booking> bookings = rows.bookings(child, group.locationId());
          periods.forEach(
              period -> placed.add(new GroupLoad.Placed(idOfChild.get(child), period, bookings)));
        });
    rows.placedChildren(group.externalId()).forEach(p -> placed.add(p.placed()));
    return placed;
  }

  /**
   * The placements of the files and the stored ones a group holds, by group, and the contracts by
   * child: read once, so that a check of thousands of groups and children does not go through all
   * rows for each of them.
   */
  private final class ByGroupAndChild {
    private final Map<String, List<PlacementRow>> placementsByGroup = new HashMap<>();
    private final Map<String, List<Existing.StoredPlacement>> keptByGroup = new HashMap<>();
    private final Map<String, List<Existing.PlacedChild>> othersByGroup = new HashMap<>();
    private final Map<String, List<ContractRow>> contractsByChild = new HashMap<>();
    private final Map<String, List<Existing.StoredContract>> keptContractsByChild = new HashMap<>();

    ByGroupAndChild() {
      parsed.placements().forEach(p -> add(placementsByGroup, p.groupId(), p));
      keptPlacements.stream()
          .filter(p -> p.groupId() != null && childrenOfFiles.contains(p.childId()))
          .forEach(p -> add(keptByGroup, p.groupId(), p));
      existing.placedChildren().stream()
          .filter(p -> p.childId() == null || !childrenOfFiles.contains(p.childId()))
          .forEach(p -> add(othersByGroup, p.groupId(), p));
      parsed.contracts().forEach(c -> add(contractsByChild, c.childId(), c));
      keptContracts.forEach(c -> add(keptContractsByChild, c.childId(), c));
    }

    List<PlacementRow> placements(String group) {
      return placementsByGroup.getOrDefault(group, List.of());
    }

    List<Existing.StoredPlacement> keptPlacements(String group) {
      return keptByGroup.getOrDefault(group, List.of());
    }

    List<Existing.PlacedChild> placedChildren(String group) {
      return othersByGroup.getOrDefault(group, List.of());
    }

    /** The contracts of the child at the location, those of the files first. */
    List<GroupLoad.Booking> bookings(String child, String locationId) {
      List<GroupLoad.Booking> bookings = new ArrayList<>();
      contractsByChild.getOrDefault(child, List.of()).stream()
          .filter(c -> c.locationId().equals(locationId))
          .forEach(
              c ->
                  bookings.add(new GroupLoad.Booking(new DateRange(c.start(), c.end()), c.days())));
      keptContractsByChild.getOrDefault(child, List.of()).stream()
          .filter(c -> locationId.equals(c.locationId()))
          .forEach(c -> bookings.add(new GroupLoad.Booking(c.period(), c.days())));
      return bookings;
    }

    private static <T> void add(Map<String, List<T>> byKey, String key, T row) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
  }

  private void overflowProblem(GroupAfter group, GroupLoad.Overflow overflow) {
    Serializable[] arguments = {
      group.name(),
      overflow.day(),
      dayPartWord(overflow.part()),
      overflow.children(),
      overflow.capacity()
    };
    if (group.row() != null) {
      problem(
          GROUPS,
          group.row().line(),
          capacityColumn(group.row(), overflow.part()),
          "import.groupOverflow",
          arguments);
    } else {
      problems.add(
          ImportProblem.aboutFile(fileName(PLACEMENTS), "import.groupOverflow", arguments));
    }
  }

  /**
   * A child of the files in a group's load: not a database id, and never equal to one, as those are
   * random (version 4) and these name-based (version 3).
   */
  private static UUID childUuid(String externalId) {
    return UUID.nameUUIDFromBytes(("import child " + externalId).getBytes(StandardCharsets.UTF_8));
  }

  // the organisation as it will be after the import

  private Optional<LocationAfter> locationAfter(String id) {
    LocationRow row = fileLocations.get(id);
    if (row != null) {
      return Optional.of(new LocationAfter(row.careType(), row.openingDays()));
    }
    return Optional.ofNullable(storedLocations.get(id))
        .map(stored -> new LocationAfter(stored.careType(), stored.openingDays()));
  }

  private Optional<GroupAfter> groupAfter(String id) {
    GroupRow row = fileGroups.get(id);
    if (row != null) {
      return Optional.of(new GroupAfter(id, row.locationId(), row.name(), row.capacities(), row));
    }
    return Optional.ofNullable(storedGroups.get(id))
        .map(
            stored ->
                new GroupAfter(id, stored.locationId(), stored.name(), stored.capacities(), null));
  }

  // the files

  /** The ids in a file's id column, also of rows with a problem: they are in the files. */
  private Set<String> ids(ImportFileKind kind) {
    return idsInFiles.computeIfAbsent(kind, k -> values(k, k.idColumn()));
  }

  private Set<String> values(ImportFileKind kind, String column) {
    return read.table(kind).stream()
        .flatMap(table -> table.rows().stream())
        .map(row -> row.value(column).strip())
        .filter(value -> !value.isEmpty())
        .collect(Collectors.toSet());
  }

  private CsvRow row(ImportFileKind kind, int line) {
    return read.table(kind).orElseThrow().rows().stream()
        .filter(row -> row.line() == line)
        .findFirst()
        .orElseThrow();
  }

  private String fileName(ImportFileKind kind) {
    return read.table(kind).map(CsvTable::fileName).orElse(kind.fileName());
  }

  private void problem(
      ImportFileKind kind, int line, String column, String messageKey, Serializable... arguments) {
    problems.add(ImportProblem.at(fileName(kind), line, column, messageKey, arguments));
  }

  private static int fileOrder(ImportProblem problem) {
    return problem.file() == null
        ? -1
        : ImportFileKind.byFileName(problem.file()).map(Enum::ordinal).orElse(-1);
  }

  private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
    Map<String, T> byId = new HashMap<>();
    rows.forEach(row -> byId.putIfAbsent(id.apply(row), row));
    return byId;
  }

  /** KDV or BSO: the same in Dutch and English. */
  static String word(CareType careType) {
    return careType == CareType.DAYCARE ? "KDV" : "BSO";
  }

  /** A day part as the files write it. */
  static String dayPartWord(DayPart part) {
    return DAY_PART_WORDS.get(part);
  }
}
