package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/** A family as the service desk manages it: its parents with their accounts, its children. */
@Stateless
public class Families {

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
  public record ParentLine(UUID id, String name, String email, String phone, UUID accountId)
      implements Serializable {}

  /** A child with its contracts. */
  public record ChildLine(UUID id, String name, LocalDate birthDate, List<ContractLine> contracts)
      implements Serializable {}

  /** A contract in one line; its id is the one of its confirmation's download. */
  public record ContractLine(
      UUID id,
      String location,
      CareType careType,
      LocalDate start,
      LocalDate end,
      List<ContractDay> days)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private FamilyCare care;
  @Inject private AuditLog audit;
  @Inject private java.time.Clock clock;

  public Detail detail(UUID familyId) {
    Family family = ofServiceDesk(familyId);
    List<ParentLine> parents =
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", family)
            .getResultStream()
            .map(p -> new ParentLine(p.id(), p.fullName(), p.email(), p.phone(), p.accountId()))
            .toList();
    List<Child> children =
        em.createQuery(
                "select c from Child c where c.family = :family order by c.birthDate", Child.class)
            .setParameter("family", family)
            .getResultList();
    List<Contract> contracts =
        children.isEmpty()
            ? List.of()
            : em.createNamedQuery("Contract.ofChildren", Contract.class)
                .setParameter("children", children.stream().map(Child::id).toList())
                .getResultList();
    List<ChildLine> childLines =
        children.stream()
            .map(
                c ->
                    new ChildLine(
                        c.id(),
                        c.fullName(),
                        c.birthDate(),
                        contracts.stream()
                            .filter(k -> k.child().id().equals(c.id()))
                            .map(Families::line)
                            .toList()))
            .toList();
    return new Detail(
        family.id(),
        family.name(),
        family.address().street(),
        family.address().postalCode(),
        family.address().city(),
        parents,
        childLines,
        care.lastDayOfAccess(family).orElse(null));
  }

  /** Adds a parent (or guardian) with an account that waits for an invitation. */
  public UUID addParent(
      UUID familyId, String firstName, String lastName, String email, String phone) {
    Family family = ofServiceDesk(familyId);
    String address;
    try {
      address = UserAccount.normaliseEmail(email == null ? "" : email);
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
    if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
      throw new BusinessException("details.name.required").on("firstName");
    }
    Parent parent = new Parent(family, firstName, lastName, address, null);
    parent.changePhone(phone);
    em.persist(parent);
    UserAccount account =
        new UserAccount(family.organisation(), address, EnumSet.of(Role.PARENT), clock.instant());
    em.persist(account);
    parent.linkAccount(account.id());
    audit.record(
        currentUser.requireAccountId(), "PARENT_ADDED", "FAMILY", family.id(), parent.fullName());
    return parent.id();
  }

  static ContractLine line(Contract contract) {
    List<ContractDay> days = contract.days();
    return new ContractLine(
        contract.id(),
        contract.location().name(),
        contract.careType(),
        contract.period().start(),
        contract.period().end(),
        days);
  }

  private Family ofServiceDesk(UUID familyId) {
    UUID desk = currentUser.require(Role.SERVICEDESK);
    Family family = familyId == null ? null : em.find(Family.class, familyId);
    UserAccount deskAccount = em.find(UserAccount.class, desk);
    if (family == null || !family.organisation().id().equals(deskAccount.organisation().id())) {
      throw new NotFoundException();
    }
    return family;
  }
}
