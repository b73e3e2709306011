package nl.ouderportaal.domain.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Medewerkers': the organisation's employees with a back-office login, as the service desk keeps
 * them. A new group worker or service desk employee gets a link to choose a password, as parents
 * do; a group worker works in the groups they are given. One who leaves is deactivated: their login
 * ends at once (also an open session), their groups are taken off, and what they wrote keeps their
 * name. Only the service desk, of their own organisation.
 */
@Stateless
public class StaffAccounts {

  /** An employee as the staff page lists them. */
  public record StaffLine(
      UUID id,
      UUID accountId,
      String firstName,
      String lastName,
      String email,
      Role role,
      AccountStatus status,
      boolean active,
      Instant invitedAt,
      Instant lastLoginAt,
      List<UUID> groupIds,
      List<String> groupNames,
      boolean you)
      implements Serializable {

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  /** The roles an employee can have: group worker or service desk. */
  public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.STAFF, Role.SERVICEDESK);

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private AccountLinks links;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The organisation's employees, active ones first, by name. */
  public List<StaffLine> list() {
    Organisation organisation = organisation();
    UUID caller = currentUser.requireAccountId();
    List<StaffMember> staff =
        em.createQuery(
                "select distinct s from StaffMember s left join fetch s.groups g"
                    + " left join fetch g.location where s.organisation = :o",
                StaffMember.class)
            .setParameter("o", organisation)
            .getResultList();
    Map<UUID, UserAccount> accounts =
        staff.isEmpty()
            ? Map.of()
            : em.createQuery("select a from UserAccount a where a.id in :ids", UserAccount.class)
                .setParameter("ids", staff.stream().map(StaffMember::accountId).toList())
                .getResultStream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
    return staff.stream()
        .map(s -> line(s, accounts.get(s.accountId()), caller))
        .sorted(
            Comparator.comparing((StaffLine l) -> !l.active())
                .thenComparing(StaffLine::firstName)
                .thenComparing(StaffLine::lastName))
        .toList();
  }

  /**
   * A new employee with the role and (for a group worker) groups; they are sent the link to choose
   * a password at once.
   *
   * @return the employee's id
   */
  public UUID add(String firstName, String lastName, String email, Role role, Set<UUID> groupIds) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    Organisation organisation = organisation();
    if (role == null || !STAFF_ROLES.contains(role)) {
      throw new BusinessException("staff.roleRequired").on("role");
    }
    String address;
    try {
      address = UserAccount.normaliseEmail(email == null ? "" : email);
    } catch (IllegalArgumentException notAnAddress) {
      throw new BusinessException("email.invalid").on("email");
    }
    if (Accounts.findByEmail(em, address).isPresent()) {
      throw new BusinessException("email.taken").on("email");
    }
    UserAccount account = new UserAccount(organisation, address, EnumSet.of(role), clock.instant());
    em.persist(account);
    StaffMember staff =
        new StaffMember(
            organisation,
            account.id(),
            required(firstName, "firstName"),
            required(lastName, "lastName"));
    staff.workIn(groups(organisation, groupIds));
    em.persist(staff);
    invite(staff, account);
    audit.change(actor, "STAFF_ADDED", "ACCOUNT", account.id(), null, null, words(staff, role));
    return staff.id();
  }

  /** The groups a group worker works in from now on. */
  public void changeGroups(UUID staffId, Set<UUID> groupIds) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    Organisation organisation = organisation();
    StaffMember staff = staff(organisation, staffId);
    if (!staff.isActive()) {
      throw new BusinessException("staff.inactive", staff.fullName());
    }
    UserAccount account = em.find(UserAccount.class, staff.accountId());
    String before = words(staff, role(account));
    staff.workIn(groups(organisation, groupIds));
    audit.change(
        actor,
        "STAFF_CHANGED",
        "ACCOUNT",
        staff.accountId(),
        null,
        before,
        words(staff, role(account)));
  }

  /**
   * The employee left: their account is blocked (the login and every open session end at once) and
   * their groups are taken off. Nobody deactivates themselves.
   */
  public void deactivate(UUID staffId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    StaffMember staff = staff(organisation(), staffId);
    if (staff.accountId().equals(actor)) {
      throw new BusinessException("staff.notYourself");
    }
    UserAccount account = em.find(UserAccount.class, staff.accountId());
    String before = words(staff, role(account));
    staff.deactivate(clock.instant());
    account.block();
    audit.change(actor, "STAFF_DEACTIVATED", "ACCOUNT", account.id(), null, before, null);
  }

  /** The employee is back: the account works again (with a new link if they had no password). */
  public void reactivate(UUID staffId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    StaffMember staff = staff(organisation(), staffId);
    UserAccount account = em.find(UserAccount.class, staff.accountId());
    staff.reactivate();
    account.unblock();
    audit.change(
        actor,
        "STAFF_REACTIVATED",
        "ACCOUNT",
        account.id(),
        null,
        null,
        words(staff, role(account)));
  }

  /** Sends a new link to choose a password to an employee who has none yet. */
  public void sendActivation(UUID staffId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    StaffMember staff = staff(organisation(), staffId);
    UserAccount account = em.find(UserAccount.class, staff.accountId());
    if (account.status() != AccountStatus.NEW) {
      throw new BusinessException("invitation.notNeeded");
    }
    invite(staff, account);
    audit.record(actor, "INVITED", "ACCOUNT", account.id(), staff.fullName());
  }

  private void invite(StaffMember staff, UserAccount account) {
    String work =
        account.roles().contains(Role.SERVICEDESK)
            ? ("en".equals(account.language()) ? "the service desk" : "het Servicepunt")
            : staff.groups().stream().map(Group::name).sorted().collect(Collectors.joining(", "));
    if (work.isEmpty()) {
      work =
          "en".equals(account.language())
              ? "the groups you will be given"
              : "de groepen die je krijgt";
    }
    links.inviteStaff(account, Map.of("name", staff.firstName(), "work", work));
  }

  private Set<Group> groups(Organisation organisation, Set<UUID> ids) {
    if (ids == null || ids.isEmpty()) {
      return Set.of();
    }
    List<Group> found =
        em.createQuery(
                "select g from Group g where g.id in :ids and g.location.organisation = :o",
                Group.class)
            .setParameter("ids", ids)
            .setParameter("o", organisation)
            .getResultList();
    if (found.size() != new HashSet<>(ids).size()) {
      throw new NotFoundException();
    }
    return new HashSet<>(found);
  }

  private StaffMember staff(Organisation organisation, UUID staffId) {
    StaffMember staff = staffId == null ? null : em.find(StaffMember.class, staffId);
    if (staff == null || !staff.organisation().id().equals(organisation.id())) {
      throw new NotFoundException();
    }
    return staff;
  }

  private static Role role(UserAccount account) {
    return account.roles().contains(Role.SERVICEDESK) ? Role.SERVICEDESK : Role.STAFF;
  }

  private static StaffLine line(StaffMember s, UserAccount account, UUID caller) {
    List<Group> groups = s.groups().stream().sorted(Comparator.comparing(Group::name)).toList();
    return new StaffLine(
        s.id(),
        s.accountId(),
        s.firstName(),
        s.lastName(),
        account == null ? null : account.email(),
        account == null ? Role.STAFF : role(account),
        account == null ? AccountStatus.BLOCKED : account.status(),
        s.isActive(),
        account == null ? null : account.invitedAt(),
        account == null ? null : account.lastLoginAt(),
        groups.stream().map(Group::id).toList(),
        groups.stream().map(g -> g.name() + " (" + g.location().name() + ")").toList(),
        s.accountId().equals(caller));
  }

  /** "Lisa Bakker, pedagogisch medewerker, groepen Rupsjes" */
  private static String words(StaffMember s, Role role) {
    String groups = s.groups().stream().map(Group::name).sorted().collect(Collectors.joining(", "));
    return s.fullName()
        + (role == Role.SERVICEDESK ? ", Servicepunt" : ", pedagogisch medewerker")
        + (groups.isEmpty() ? "" : ", groepen " + groups);
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

  private Organisation organisation() {
    UUID caller = currentUser.require(Role.SERVICEDESK);
    return em.find(UserAccount.class, caller).organisation();
  }
}
