package nl.ouderportaal.domain.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.credit.FlexCredits;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.FlexHours;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.family.Words;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.Role;

/**
 * Stores what an import's check let through, in the caller's transaction, with the domain's own
 * entities and rules: a row whose external id is new becomes a new record; a row whose external id
 * an earlier import stored updates that record when it changed (in the family's audit log with
 * before and after) and leaves it alone when not, so the same files twice change nothing. Parents
 * get an account that waits for its invitation: an import sends no mail.
 *
 * <p>Made for thousands of families in one go: the references come from the run, which read them
 * all once ({@link ExternalIds}); the accounts and records a chunk of families needs are read at
 * its start, a query per kind, and then only written, so that the inserts go to the database in
 * batches instead of one flush per family. Only records are read by a list of ids (by their primary
 * key): a list of a few hundred external ids or e-mail addresses is what PostgreSQL, with no
 * statistics yet on a table that the import fills, answers by comparing every row with every id.
 */
@Dependent
public class ImportWriter {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private FlexCredits flexCredits;
  @Inject private Clock clock;

  /** Stores the locations and groups of the files that the check let through. */
  public int storeOrganisation(
      UUID organisationId, UUID actor, ImportRows.Parsed parsed, ImportCheck.Checked checked) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    Refs refs = refs(organisationId, EnumSet.of(ExternalRef.Kind.LOCATION, ExternalRef.Kind.GROUP));
    int stored = 0;
    Map<String, Location> locations = new HashMap<>();
    for (LocationRow row : parsed.locations()) {
      if (!checked.cleanLocations().contains(row.externalId())) {
        continue;
      }
      Location location =
          find(Location.class, refs.get(ExternalRef.Kind.LOCATION, row.externalId()));
      if (location == null) {
        location =
            new Location(organisation, row.name(), row.address(), row.lrkNumber(), row.careType());
        times(location, row);
        em.persist(location);
        refs.add(organisationId, ExternalRef.Kind.LOCATION, row.externalId(), location.id());
        audit.change(actor, "LOCATION_CREATED", "LOCATION", location.id(), null, null, row.name());
        stored++;
      } else {
        String before = describe(location);
        location.change(row.name(), row.address(), row.lrkNumber());
        times(location, row);
        String after = describe(location);
        if (!after.equals(before)) {
          audit.change(actor, "LOCATION_CHANGED", "LOCATION", location.id(), null, before, after);
          stored++;
        }
      }
      locations.put(row.externalId(), location);
    }
    for (GroupRow row : parsed.groups()) {
      if (!checked.cleanGroups().contains(row.externalId())) {
        continue;
      }
      Location location = locations.get(row.locationId());
      if (location == null) {
        location = find(Location.class, refs.get(ExternalRef.Kind.LOCATION, row.locationId()));
      }
      Map<DayPart, Integer> capacities = new EnumMap<>(DayPart.class);
      for (DayPart part : DayPart.of(location.careType())) {
        capacities.put(part, row.capacities().get(part));
      }
      Group group = find(Group.class, refs.get(ExternalRef.Kind.GROUP, row.externalId()));
      if (group == null) {
        group = new Group(location, row.name(), row.minAgeMonths(), row.maxAgeMonths(), capacities);
        em.persist(group);
        refs.add(organisationId, ExternalRef.Kind.GROUP, row.externalId(), group.id());
        audit.change(actor, "GROUP_CREATED", "GROUP", group.id(), null, null, row.name());
        stored++;
      } else {
        String before = describe(group);
        group.change(row.name(), row.minAgeMonths(), row.maxAgeMonths(), capacities);
        String after = describe(group);
        if (!after.equals(before)) {
          audit.change(actor, "GROUP_CHANGED", "GROUP", group.id(), null, before, after);
          stored++;
        }
      }
    }
    return stored;
  }

  /**
   * Stores the families, each whole.
   *
   * @param stored our records of the old system's ids as the run read them at its start; the
   *     locations and groups are read again, as the run stored them after that
   * @param accountEmails the e-mail addresses that had an account at the run's start: only their
   *     accounts are read (an address that got an account since is refused by the database, and so
   *     its family is not stored, instead of a parent linked to someone else's new account)
   * @return how many families were new or changed
   */
  public int storeFamilies(
      UUID organisationId,
      UUID actor,
      ExternalIds stored,
      Set<String> accountEmails,
      List<FamilyImport> families) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    Refs refs = refs(organisationId, EnumSet.of(ExternalRef.Kind.LOCATION, ExternalRef.Kind.GROUP));
    for (FamilyImport family : families) {
      refs.known(stored, ExternalRef.Kind.FAMILY, family.externalId());
      if (family.family() != null) {
        for (int i = 1; i <= family.family().parents().size(); i++) {
          refs.known(stored, ExternalRef.Kind.PARENT, parentKey(family.externalId(), i));
        }
      }
      family.children().forEach(c -> refs.known(stored, ExternalRef.Kind.CHILD, c.externalId()));
      for (ContractRow contract : family.contracts()) {
        refs.known(stored, ExternalRef.Kind.CONTRACT, contract.externalId());
        // a contract or placement may be of a child that an earlier import stored
        refs.known(stored, ExternalRef.Kind.CHILD, contract.childId());
      }
      for (PlacementRow placement : family.placements()) {
        refs.known(stored, ExternalRef.Kind.PLACEMENT, placement.externalId());
        refs.known(stored, ExternalRef.Kind.CHILD, placement.childId());
      }
    }
    Map<String, UserAccount> accounts = accounts(families, refs, accountEmails);
    Map<UUID, Object> loaded = load(refs, families);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    int changed = 0;
    for (FamilyImport item : families) {
      Store store =
          new Store(organisation, actor, refs, accounts, accountEmails, loaded, now, today);
      if (store.family(item)) {
        changed++;
      }
    }
    return changed;
  }

  /** One family's rows into records. */
  private final class Store {

    private final Organisation organisation;
    private final UUID actor;
    private final Refs refs;
    private final Map<String, UserAccount> accounts;
    private final Set<String> accountEmails;
    private final Map<UUID, Object> loaded;
    private final Instant now;
    private final LocalDate today;
    private final List<String> made = new ArrayList<>();
    private boolean changed;

    Store(
        Organisation organisation,
        UUID actor,
        Refs refs,
        Map<String, UserAccount> accounts,
        Set<String> accountEmails,
        Map<UUID, Object> loaded,
        Instant now,
        LocalDate today) {
      this.organisation = organisation;
      this.actor = actor;
      this.refs = refs;
      this.accounts = accounts;
      this.accountEmails = accountEmails;
      this.loaded = loaded;
      this.now = now;
      this.today = today;
    }

    boolean family(FamilyImport item) {
      Family family = stored(ExternalRef.Kind.FAMILY, item.externalId(), Family.class);
      boolean isNew = family == null;
      FamilyRow row = item.family();
      if (row != null) {
        if (family == null) {
          family = new Family(organisation, row.name(), row.address());
          em.persist(family);
          ref(ExternalRef.Kind.FAMILY, item.externalId(), family.id());
          made.add(Words.dutch().family(family));
        } else {
          String before = Words.dutch().family(family);
          family.rename(row.name());
          family.move(row.address());
          change(
              "FAMILY_CHANGED",
              "FAMILY",
              family.id(),
              family,
              before,
              Words.dutch().family(family));
        }
        for (int i = 0; i < row.parents().size(); i++) {
          parent(family, item.externalId(), i + 1, row.parents().get(i));
        }
      }
      if (family == null) {
        throw new IllegalStateException("family " + item.externalId() + " is not stored");
      }
      Map<String, Child> children = new HashMap<>();
      List<Child> newChildren = new ArrayList<>();
      for (ChildRow childRow : item.children()) {
        Child child = stored(ExternalRef.Kind.CHILD, childRow.externalId(), Child.class);
        if (child == null) {
          child =
              new Child(family, childRow.firstName(), childRow.lastName(), childRow.birthDate());
          em.persist(child);
          ref(ExternalRef.Kind.CHILD, childRow.externalId(), child.id());
          made.add(Words.dutch().child(child));
          newChildren.add(child);
        } else {
          String before = Words.dutch().child(child);
          child.correct(childRow.firstName(), childRow.lastName(), childRow.birthDate(), today);
          change("CHILD_CHANGED", "CHILD", child.id(), family, before, Words.dutch().child(child));
        }
        children.put(childRow.externalId(), child);
      }
      Map<Child, List<Contract>> contracts = new HashMap<>();
      Set<Child> resync = new HashSet<>();
      for (ContractRow contractRow : item.contracts()) {
        Child child = child(children, contractRow.childId());
        Location location = location(contractRow.locationId());
        Contract.Terms terms =
            new Contract.Terms(
                location,
                contractRow.days().stream()
                    .filter(d -> d.dayPart().careType() == location.careType())
                    .collect(java.util.stream.Collectors.toSet()),
                contractRow.hoursPerYear(),
                contractRow.hourlyRate(),
                new FlexHours(
                    contractRow.flexDaycare(),
                    contractRow.flexOutOfSchool(),
                    contractRow.holiday()),
                new DateRange(contractRow.start(), contractRow.end()));
        Contract contract =
            stored(ExternalRef.Kind.CONTRACT, contractRow.externalId(), Contract.class);
        if (contract == null) {
          contract = new Contract(child, terms);
          em.persist(contract);
          ref(ExternalRef.Kind.CONTRACT, contractRow.externalId(), contract.id());
          made.add(Words.dutch().contract(terms));
          if (!newChildren.contains(child)) {
            resync.add(child);
          }
        } else {
          String before = Words.dutch().contract(contract.terms());
          contract.correct(terms);
          String after = Words.dutch().contract(contract.terms());
          if (change("CONTRACT_CORRECTED", "CONTRACT", contract.id(), family, before, after)) {
            resync.add(child);
          }
        }
        contracts.computeIfAbsent(child, c -> new ArrayList<>()).add(contract);
      }
      for (PlacementRow placementRow : item.placements()) {
        Child child = child(children, placementRow.childId());
        Group group = group(placementRow.groupId());
        DateRange period = new DateRange(placementRow.start(), placementRow.end());
        Placement placement =
            stored(ExternalRef.Kind.PLACEMENT, placementRow.externalId(), Placement.class);
        if (placement == null) {
          placement = new Placement(child, group, period);
          em.persist(placement);
          ref(ExternalRef.Kind.PLACEMENT, placementRow.externalId(), placement.id());
          made.add(Words.dutch().placement(placement));
        } else {
          String before = Words.dutch().placement(placement);
          placement.correct(group, period);
          change(
              "PLACEMENT_MOVED",
              "PLACEMENT",
              placement.id(),
              family,
              before,
              Words.dutch().placement(placement));
        }
      }
      // the flex hours of the contracts as credits: straight away for a new child, which has none
      for (Child child : newChildren) {
        flexCredits.startWith(child, contracts.getOrDefault(child, List.of()));
      }
      for (Child child : resync) {
        em.flush();
        flexCredits.sync(child);
      }
      if (!made.isEmpty()) {
        audit.change(
            actor,
            isNew ? "FAMILY_IMPORTED" : "FAMILY_IMPORT_ADDED",
            "FAMILY",
            family.id(),
            family.id(),
            null,
            String.join("; ", made));
        changed = true;
      }
      return changed;
    }

    private void parent(Family family, String familyId, int position, ParentRow row) {
      String key = parentKey(familyId, position);
      Parent parent = stored(ExternalRef.Kind.PARENT, key, Parent.class);
      if (parent == null) {
        UserAccount account = accounts.get(row.email());
        if (account == null) {
          account = new UserAccount(organisation, row.email(), EnumSet.of(Role.PARENT), now);
          em.persist(account);
          accounts.put(row.email(), account);
        } else {
          account.unblock();
        }
        parent = new Parent(family, row.firstName(), row.lastName(), row.email(), row.phone());
        // linked before it is persisted: one insert, not an insert and an update
        parent.linkAccount(account.id());
        em.persist(parent);
        ref(ExternalRef.Kind.PARENT, key, parent.id());
        made.add(Words.dutch().parent(parent));
        return;
      }
      String before = Words.dutch().parent(parent);
      parent.rename(row.firstName(), row.lastName());
      parent.changePhone(row.phone());
      if (!parent.email().equals(row.email()) && parent.accountId() != null) {
        UserAccount account = em.find(UserAccount.class, parent.accountId());
        if (account != null
            && account.status() == nl.ouderportaal.domain.account.AccountStatus.NEW
            && !accounts.containsKey(row.email())
            && !accountEmails.contains(row.email())) {
          account.correctEmail(row.email());
          parent.correctEmail(row.email());
        }
      }
      change("PARENT_CHANGED", "PARENT", parent.id(), family, before, Words.dutch().parent(parent));
    }

    private boolean change(
        String action, String type, UUID id, Family family, String before, String after) {
      if (Objects.equals(before, after)) {
        return false;
      }
      audit.change(actor, action, type, id, family.id(), before, after);
      changed = true;
      return true;
    }

    private Child child(Map<String, Child> children, String externalId) {
      Child child = children.get(externalId);
      if (child == null) {
        child = stored(ExternalRef.Kind.CHILD, externalId, Child.class);
      }
      return Objects.requireNonNull(child, () -> "child " + externalId + " is not stored");
    }

    private Location location(String externalId) {
      return Objects.requireNonNull(
          stored(ExternalRef.Kind.LOCATION, externalId, Location.class),
          () -> "location " + externalId + " is not stored");
    }

    private Group group(String externalId) {
      return Objects.requireNonNull(
          stored(ExternalRef.Kind.GROUP, externalId, Group.class),
          () -> "group " + externalId + " is not stored");
    }

    private <T> T stored(ExternalRef.Kind kind, String externalId, Class<T> type) {
      UUID id = refs.get(kind, externalId);
      if (id == null) {
        return null;
      }
      Object known = loaded.get(id);
      return known != null ? type.cast(known) : em.find(type, id);
    }

    private void ref(ExternalRef.Kind kind, String externalId, UUID id) {
      refs.add(organisation.id(), kind, externalId, id);
    }
  }

  /** Parent 1 or 2 of a family row. */
  static String parentKey(String familyId, int position) {
    return familyId + "#" + position;
  }

  /** Our ids of the old system's ids; what an import adds is written as it goes. */
  private final class Refs {
    private final Map<ExternalRef.Kind, Map<String, UUID>> ids =
        new EnumMap<>(ExternalRef.Kind.class);

    UUID get(ExternalRef.Kind kind, String externalId) {
      return ids.getOrDefault(kind, Map.of()).get(externalId);
    }

    void add(UUID organisation, ExternalRef.Kind kind, String externalId, UUID id) {
      em.persist(new ExternalRef(organisation, kind, externalId, id));
      ids.computeIfAbsent(kind, k -> new HashMap<>()).put(externalId, id);
    }

    /** Takes the reference over from those the run read, when there is one. */
    void known(ExternalIds stored, ExternalRef.Kind kind, String externalId) {
      UUID id = stored.get(kind, externalId);
      if (id != null) {
        ids.computeIfAbsent(kind, k -> new HashMap<>()).put(externalId, id);
      }
    }

    Collection<UUID> all() {
      List<UUID> all = new ArrayList<>();
      ids.values().forEach(m -> all.addAll(m.values()));
      return all;
    }
  }

  /** The references of these kinds: the locations and groups, all of them. */
  private Refs refs(UUID organisationId, Set<ExternalRef.Kind> kinds) {
    Refs refs = new Refs();
    em.createQuery(
            "select r from ExternalRef r where r.key.organisationId = :o"
                + " and r.key.kind in :kinds",
            ExternalRef.class)
        .setParameter("o", organisationId)
        .setParameter("kinds", kinds)
        .getResultStream()
        .forEach(
            ref ->
                refs.ids
                    .computeIfAbsent(ref.kind(), k -> new HashMap<>())
                    .put(ref.externalId(), ref.internalId()));
    return refs;
  }

  /**
   * The accounts of the new parents' addresses that have one, in one query: a parent gets the
   * account of its address, or a new one.
   */
  private Map<String, UserAccount> accounts(
      List<FamilyImport> families, Refs refs, Set<String> accountEmails) {
    List<String> emails = new ArrayList<>();
    for (FamilyImport family : families) {
      List<ParentRow> parents = family.family() == null ? List.of() : family.family().parents();
      for (int i = 0; i < parents.size(); i++) {
        String email = parents.get(i).email();
        if (refs.get(ExternalRef.Kind.PARENT, parentKey(family.externalId(), i + 1)) == null
            && accountEmails.contains(email)) {
          emails.add(email);
        }
      }
    }
    Map<String, UserAccount> accounts = new HashMap<>();
    if (!emails.isEmpty()) {
      em.createQuery("select a from UserAccount a where a.email in :emails", UserAccount.class)
          .setParameter("emails", emails)
          .getResultStream()
          .forEach(a -> accounts.put(a.email(), a));
    }
    return accounts;
  }

  /**
   * The stored records the chunk refers to, a query per kind, so that the rows find them without a
   * query (and a flush) each: its own records, and the locations and groups of its contracts and
   * placements.
   */
  private Map<UUID, Object> load(Refs refs, List<FamilyImport> families) {
    Set<UUID> used = new HashSet<>();
    for (FamilyImport family : families) {
      family
          .contracts()
          .forEach(c -> used.add(refs.get(ExternalRef.Kind.LOCATION, c.locationId())));
      family.placements().forEach(p -> used.add(refs.get(ExternalRef.Kind.GROUP, p.groupId())));
    }
    Map<UUID, Object> loaded = new HashMap<>();
    Map<Class<?>, ExternalRef.Kind> types =
        Map.of(
            Family.class, ExternalRef.Kind.FAMILY,
            Parent.class, ExternalRef.Kind.PARENT,
            Child.class, ExternalRef.Kind.CHILD,
            Contract.class, ExternalRef.Kind.CONTRACT,
            Placement.class, ExternalRef.Kind.PLACEMENT,
            Location.class, ExternalRef.Kind.LOCATION,
            Group.class, ExternalRef.Kind.GROUP);
    types.forEach(
        (type, kind) -> {
          List<UUID> ids = new ArrayList<>(refs.ids.getOrDefault(kind, Map.of()).values());
          if (kind == ExternalRef.Kind.LOCATION || kind == ExternalRef.Kind.GROUP) {
            ids.retainAll(used);
          }
          for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                .getResultStream()
                .forEach(x -> loaded.put(idOf(x), x));
          }
        });
    return loaded;
  }

  private static UUID idOf(Object record) {
    if (record instanceof Family f) {
      return f.id();
    } else if (record instanceof Parent p) {
      return p.id();
    } else if (record instanceof Child c) {
      return c.id();
    } else if (record instanceof Contract c) {
      return c.id();
    } else if (record instanceof Placement p) {
      return p.id();
    } else if (record instanceof Location l) {
      return l.id();
    } else if (record instanceof Group g) {
      return g.id();
    }
    throw new IllegalArgumentException(String.valueOf(record));
  }

  private <T> T find(Class<T> type, UUID id) {
    return id == null ? null : em.find(type, id);
  }

  private static void times(Location location, LocationRow row) {
    location.changeOpeningHours(row.opensAt(), row.closesAt());
    location.changeOpeningDays(row.openingDays());
  }

  private static String describe(Location l) {
    return l.name()
        + ", "
        + l.address()
        + ", LRK "
        + l.lrkNumber()
        + ", "
        + l.openingDays()
        + " "
        + l.opensAt()
        + "-"
        + l.closesAt();
  }

  private static String describe(Group g) {
    return g.name()
        + ", "
        + g.minAgeMonths()
        + "-"
        + g.maxAgeMonths()
        + " maanden, "
        + g.capacities();
  }
}
