package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.notification.MailLog;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.Role;

/**
 * A family as the service desk keeps it: created with its address and one or two parents, its
 * details corrected, a parent added or removed (whose access then ends), its children added and
 * corrected; with its audit log and the mails its parents were sent. Contracts and placements have
 * boundaries of their own ({@link Contracts}, {@link Placements}). Only the service desk of the
 * family's organisation; for anyone else a family does not exist.
 */
@Stateless
public class Families {

  /** A family has one or two parents (or guardians). */
  public static final int MAX_PARENTS = 2;

  /** The family page of the back-office. */
  public record Detail(
      UUID id,
      String name,
      String street,
      String postalCode,
      String city,
      List<ParentLine> parents,
      List<ChildLine> children,
      LocalDate lastDayOfAccess)
      implements Serializable {}

  /** A parent, with the id of their account (null when they have none yet). */
  public record ParentLine(
      UUID id,
      String name,
      String email,
      String phone,
      UUID accountId,
      String firstName,
      String lastName)
      implements Serializable {

    public ParentLine(UUID id, String name, String email, String phone, UUID accountId) {
      this(id, name, email, phone, accountId, null, null);
    }
  }

  /**
   * A child with its contracts and placements; {@code careEnd} is the last day of its care when
   * every contract has an end, {@code lastDayOfAccess} the last day its parents can still see its
   * photos and diary once that day has passed.
   */
  public record ChildLine(
      UUID id,
      String name,
      LocalDate birthDate,
      List<ContractLine> contracts,
      String firstName,
      String lastName,
      List<PlacementLine> placements,
      LocalDate careEnd,
      LocalDate lastDayOfAccess)
      implements Serializable {

    public ChildLine(UUID id, String name, LocalDate birthDate, List<ContractLine> contracts) {
      this(id, name, birthDate, contracts, null, null, List.of(), null, null);
    }
  }

  /** A contract in one line; its id is the one of its confirmation's download. */
  public record ContractLine(
      UUID id,
      String location,
      CareType careType,
      LocalDate start,
      LocalDate end,
      List<ContractDay> days,
      UUID locationId,
      BigDecimal hoursPerYear,
      BigDecimal hourlyRate,
      FlexHours flex)
      implements Serializable {

    public ContractLine(
        UUID id,
        String location,
        CareType careType,
        LocalDate start,
        LocalDate end,
        List<ContractDay> days) {
      this(id, location, careType, start, end, days, null, null, null, FlexHours.NONE);
    }

    /** Whether the contract runs on a day. */
    public boolean runsOn(LocalDate day) {
      return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
  }

  /** A placement of a child in a group. */
  public record PlacementLine(
      UUID id, UUID groupId, String group, String location, LocalDate start, LocalDate end)
      implements Serializable {}

  /** A parent as the service desk enters them. */
  public record NewParent(String firstName, String lastName, String email, String phone)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private DeskScope scope;
  @Inject private AuditLog audit;
  @Inject private MailLog mails;
  @Inject private Clock clock;

  /** The family's name, for the heading of its pages. */
  public String name(UUID familyId) {
    return scope.family(scope.desk(), familyId).name();
  }

  public Detail detail(UUID familyId) {
    DeskScope.Desk desk = scope.desk();
    Family family = scope.family(desk, familyId);
    List<ParentLine> parents =
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultStream()
            .map(Families::line)
            .toList();
    List<Child> children =
        em.createNamedQuery("Child.ofFamily", Child.class)
            .setParameter("family", family)
            .getResultList();
    List<UUID> ids = children.stream().map(Child::id).toList();
    List<Contract> contracts =
        ids.isEmpty()
            ? List.of()
            : em.createNamedQuery("Contract.ofChildren", Contract.class)
                .setParameter("children", ids)
                .getResultList();
    List<Placement> placements =
        ids.isEmpty()
            ? List.of()
            : em.createQuery(
                    "select p from Placement p join fetch p.group g join fetch g.location"
                        + " where p.child.id in :children order by p.period.start",
                    Placement.class)
                .setParameter("children", ids)
                .getResultList();
    int weeks = family.organisation().accessAfterCareWeeks();
    LocalDate today = LocalDate.now(clock);
    List<ChildLine> childLines =
        children.stream()
            .map(
                c -> {
                  List<Contract> own =
                      contracts.stream().filter(k -> k.child().id().equals(c.id())).toList();
                  List<DateRange> periods = own.stream().map(Contract::period).toList();
                  return new ChildLine(
                      c.id(),
                      c.fullName(),
                      c.birthDate(),
                      own.stream().map(Families::line).toList(),
                      c.firstName(),
                      c.lastName(),
                      placements.stream()
                          .filter(p -> p.child().id().equals(c.id()))
                          .map(Families::line)
                          .toList(),
                      AccessAfterCare.lastEnd(periods).orElse(null),
                      AccessAfterCare.lastDay(periods, weeks, today).orElse(null));
                })
            .toList();
    List<DateRange> all = contracts.stream().map(Contract::period).toList();
    return new Detail(
        family.id(),
        family.name(),
        family.address().street(),
        family.address().postalCode(),
        family.address().city(),
        parents,
        childLines,
        AccessAfterCare.lastDay(all, weeks, today).orElse(null));
  }

  /**
   * A new family with its address and one or two parents, each with an account that waits for its
   * invitation (sent on the usual schedule before care starts, or by the service desk). Without a
   * name, the family is called after its first parent.
   *
   * @return the family's id
   */
  public UUID create(
      String name, String street, String postalCode, String city, List<NewParent> parents) {
    DeskScope.Desk desk = scope.desk();
    List<NewParent> given =
        parents == null ? List.of() : parents.stream().filter(p -> !isEmpty(p)).toList();
    if (given.isEmpty()) {
      throw new BusinessException("family.parentRequired").on("firstName");
    }
    if (given.size() > MAX_PARENTS) {
      throw new BusinessException("family.tooManyParents", MAX_PARENTS);
    }
    String familyName =
        name == null || name.isBlank() ? required(given.get(0).lastName(), "lastName") : name;
    Family family =
        new Family(
            desk.organisation(), required(familyName, "name"), address(street, postalCode, city));
    em.persist(family);
    audit.change(
        desk.account(),
        "FAMILY_CREATED",
        "FAMILY",
        family.id(),
        family.id(),
        null,
        Words.dutch().family(family));
    for (int i = 0; i < given.size(); i++) {
      NewParent parent = given.get(i);
      try {
        addParent(desk, family, parent);
      } catch (BusinessException refused) {
        // the second parent's fields are the form's parent2FirstName, parent2Email, ...
        String field = refused.field();
        throw i == 0 || field == null
            ? refused
            : refused.on("parent2" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
      }
    }
    return family.id();
  }

  /** Corrects the family's name and address (the address is the invoices' too). */
  public void changeDetails(
      UUID familyId, String name, String street, String postalCode, String city) {
    DeskScope.Desk desk = scope.desk();
    Family family = scope.family(desk, familyId);
    String before = Words.dutch().family(family);
    Address address = address(street, postalCode, city);
    family.rename(required(name, "name"));
    family.move(address);
    String after = Words.dutch().family(family);
    if (!after.equals(before)) {
      audit.change(
          desk.account(), "FAMILY_CHANGED", "FAMILY", family.id(), family.id(), before, after);
    }
  }

  /** Adds a parent (or guardian) with an account that waits for an invitation. */
  public UUID addParent(
      UUID familyId, String firstName, String lastName, String email, String phone) {
    DeskScope.Desk desk = scope.desk();
    Family family = scope.family(desk, familyId);
    long parents =
        em.createQuery("select count(p) from Parent p where p.family = :family", Long.class)
            .setParameter("family", family)
            .getSingleResult();
    if (parents >= MAX_PARENTS) {
      throw new BusinessException("family.tooManyParents", MAX_PARENTS);
    }
    return addParent(desk, family, new NewParent(firstName, lastName, email, phone)).id();
  }

  private Parent addParent(DeskScope.Desk desk, Family family, NewParent given) {
    String firstName = required(given.firstName(), "firstName");
    String lastName = required(given.lastName(), "lastName");
    String address;
    try {
      address = UserAccount.normaliseEmail(given.email() == null ? "" : given.email());
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid").on("email");
    }
    Optional<UserAccount> existing =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", address)
            .getResultStream()
            .findFirst();
    UserAccount account;
    if (existing.isPresent()) {
      // an address that was a removed parent's of this organisation comes back with its account
      account = existing.get();
      if (!isLooseParentAccount(account, desk)) {
        throw new BusinessException("email.taken").on("email");
      }
      account.unblock();
    } else {
      account =
          new UserAccount(desk.organisation(), address, EnumSet.of(Role.PARENT), clock.instant());
      em.persist(account);
    }
    Parent parent = new Parent(family, firstName, lastName, address, null);
    parent.changePhone(given.phone());
    em.persist(parent);
    parent.linkAccount(account.id());
    audit.change(
        desk.account(),
        "PARENT_ADDED",
        "PARENT",
        parent.id(),
        family.id(),
        null,
        Words.dutch().parent(parent));
    return parent;
  }

  /** An account of the organisation that is a parent's only, and no family's any more. */
  private boolean isLooseParentAccount(UserAccount account, DeskScope.Desk desk) {
    if (!account.organisation().id().equals(desk.organisation().id())
        || !account.roles().equals(java.util.Set.of(Role.PARENT))) {
      return false;
    }
    return em.createQuery("select count(p) from Parent p where p.accountId = :account", Long.class)
            .setParameter("account", account.id())
            .getSingleResult()
        == 0;
  }

  /**
   * Corrects a parent's name and phone number; while they have not chosen a password yet, also
   * their e-mail address (their login name).
   */
  public void changeParent(
      UUID parentId, String firstName, String lastName, String email, String phone) {
    DeskScope.Desk desk = scope.desk();
    Parent parent = scope.parent(desk, parentId);
    String before = Words.dutch().parent(parent);
    parent.rename(required(firstName, "firstName"), required(lastName, "lastName"));
    parent.changePhone(phone);
    if (email != null && !email.isBlank() && !email.strip().equalsIgnoreCase(parent.email())) {
      changeEmailOfNewAccount(parent, email);
    }
    String after = Words.dutch().parent(parent);
    if (!after.equals(before)) {
      audit.change(
          desk.account(),
          "PARENT_CHANGED",
          "PARENT",
          parent.id(),
          parent.family().id(),
          before,
          after);
    }
  }

  private void changeEmailOfNewAccount(Parent parent, String email) {
    UserAccount account =
        parent.accountId() == null ? null : em.find(UserAccount.class, parent.accountId());
    if (account != null && account.status() != AccountStatus.NEW) {
      throw new BusinessException("parent.emailActive").on("email");
    }
    String address;
    try {
      address = UserAccount.normaliseEmail(email);
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid").on("email");
    }
    boolean taken =
        !em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", address)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new BusinessException("email.taken").on("email");
    }
    if (account != null) {
      account.correctEmail(address);
    }
    parent.changeEmail(address);
  }

  /**
   * Removes a parent from the family: their account is blocked at once (also any open session), and
   * the family goes on with the other parent. A family keeps at least one parent.
   */
  public void removeParent(UUID parentId) {
    DeskScope.Desk desk = scope.desk();
    Parent parent = scope.parent(desk, parentId);
    long parents =
        em.createQuery("select count(p) from Parent p where p.family = :family", Long.class)
            .setParameter("family", parent.family())
            .getSingleResult();
    if (parents <= 1) {
      throw new BusinessException("family.lastParent");
    }
    if (parent.accountId() != null) {
      UserAccount account = em.find(UserAccount.class, parent.accountId());
      if (account != null) {
        account.block();
      }
    }
    String before = Words.dutch().parent(parent);
    UUID family = parent.family().id();
    em.remove(parent);
    audit.change(desk.account(), "PARENT_REMOVED", "PARENT", parentId, family, before, null);
  }

  /** A child of the family, born (a birth date today or earlier). */
  public UUID addChild(UUID familyId, String firstName, String lastName, LocalDate birthDate) {
    DeskScope.Desk desk = scope.desk();
    Family family = scope.family(desk, familyId);
    Child child =
        new Child(
            family,
            required(firstName, "firstName"),
            required(lastName, "lastName"),
            Child.requireBorn(birthDate, LocalDate.now(clock)));
    em.persist(child);
    audit.change(
        desk.account(),
        "CHILD_ADDED",
        "CHILD",
        child.id(),
        family.id(),
        null,
        Words.dutch().child(child));
    return child.id();
  }

  public void changeChild(UUID childId, String firstName, String lastName, LocalDate birthDate) {
    DeskScope.Desk desk = scope.desk();
    Child child = scope.child(desk, childId);
    String before = Words.dutch().child(child);
    child.correct(
        required(firstName, "firstName"),
        required(lastName, "lastName"),
        birthDate,
        LocalDate.now(clock));
    String after = Words.dutch().child(child);
    if (!after.equals(before)) {
      audit.change(
          desk.account(), "CHILD_CHANGED", "CHILD", child.id(), child.family().id(), before, after);
    }
  }

  /** A page of the family's audit log, newest first. */
  public List<AuditLog.Entry> log(UUID familyId, int first, int max) {
    Family family = scope.family(scope.desk(), familyId);
    return audit.ofFamily(family.id(), Math.max(0, first), Math.min(Math.max(1, max), 100));
  }

  public long logSize(UUID familyId) {
    Family family = scope.family(scope.desk(), familyId);
    return audit.countOfFamily(family.id());
  }

  /**
   * The mails a parent was sent, newest first: subject, state and attempts, never the text (it may
   * hold a link that still works).
   */
  public List<MailLog.Mail> mails(UUID parentId) {
    Parent parent = scope.parent(scope.desk(), parentId);
    return mails.to(parent.email(), 50);
  }

  /** The mails of each of these parents of one family, newest first, in one query. */
  public Map<UUID, List<MailLog.Mail>> mailsOf(UUID familyId) {
    Family family = scope.family(scope.desk(), familyId);
    List<Parent> parents =
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultList();
    Map<String, List<MailLog.Mail>> byAddress =
        mails.toAll(parents.stream().map(Parent::email).toList(), 50);
    return parents.stream()
        .collect(Collectors.toMap(Parent::id, p -> byAddress.getOrDefault(p.email(), List.of())));
  }

  private static boolean isEmpty(NewParent parent) {
    return blank(parent.firstName())
        && blank(parent.lastName())
        && blank(parent.email())
        && blank(parent.phone());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static Address address(String street, String postalCode, String city) {
    String s = required(street, "street");
    String p = required(postalCode, "postalCode");
    String c = required(city, "city");
    try {
      return new Address(s, p, c);
    } catch (IllegalArgumentException badPostalCode) {
      throw new BusinessException("details.postalCode.invalid").on("postalCode");
    }
  }

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("field.required").on(field);
    }
    if (value.strip().length() > 100) {
      throw new BusinessException("details.tooLong").on(field);
    }
    return value.strip();
  }

  static ParentLine line(Parent p) {
    return new ParentLine(
        p.id(), p.fullName(), p.email(), p.phone(), p.accountId(), p.firstName(), p.lastName());
  }

  static PlacementLine line(Placement p) {
    return new PlacementLine(
        p.id(),
        p.group().id(),
        p.group().name(),
        p.group().location().name(),
        p.period().start(),
        p.period().end());
  }

  static ContractLine line(Contract contract) {
    return new ContractLine(
        contract.id(),
        contract.location().name(),
        contract.careType(),
        contract.period().start(),
        contract.period().end(),
        contract.days(),
        contract.location().id(),
        contract.hoursPerYear(),
        contract.hourlyRate(),
        contract.flex());
  }
}
