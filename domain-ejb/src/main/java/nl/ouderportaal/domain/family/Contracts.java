package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child's contracts as the service desk keeps them: a new contract, a change from a date (the old
 * one ends the day before, history kept), and the end of one child's care. Only the service desk of
 * the child's organisation; see {@link ContractBook} for the rules.
 */
@Stateless
public class Contracts {

  @Inject private DeskScope scope;
  @Inject private ContractBook book;
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * A child's contracts as the contract form starts from: the child, its family, its contracts
   * (oldest first) and the group it is in at each contract's start (or now).
   */
  public record Editing(
      UUID childId,
      String childName,
      UUID familyId,
      String familyName,
      List<Families.ContractLine> contracts,
      Map<UUID, UUID> groupOfContract)
      implements Serializable {}

  public Editing editing(UUID childId) {
    DeskScope.Desk desk = scope.desk();
    Child child = scope.child(desk, childId);
    List<Contract> all =
        em.createNamedQuery("Contract.ofChildren", Contract.class)
            .setParameter("children", List.of(child.id()))
            .getResultList();
    List<Placement> placements =
        em.createQuery(
                "select p from Placement p join fetch p.group g where p.child = :child",
                Placement.class)
            .setParameter("child", child)
            .getResultList();
    Map<UUID, UUID> groups = new HashMap<>();
    for (Contract contract : all) {
      LocalDate day =
          contract.period().contains(LocalDate.now(clock))
              ? LocalDate.now(clock)
              : contract.period().start();
      placements.stream()
          .filter(p -> p.group().location().id().equals(contract.location().id()))
          .filter(p -> p.period().contains(day))
          .findFirst()
          .ifPresent(p -> groups.put(contract.id(), p.group().id()));
    }
    return new Editing(
        child.id(),
        child.fullName(),
        child.family().id(),
        child.family().name(),
        all.stream().map(Families::line).toList(),
        groups);
  }

  /** A new contract; with a group in the form the child is placed there over the same period. */
  public UUID add(UUID childId, ContractForm form) {
    DeskScope.Desk desk = scope.desk();
    return book.add(desk, scope.child(desk, childId), form).id();
  }

  /**
   * Changes the contract from {@code from} on.
   *
   * @return the id of the contract that runs from {@code from} (a new one, or the same one when it
   *     was changed from its first day)
   */
  public UUID change(UUID contractId, LocalDate from, ContractForm form) {
    DeskScope.Desk desk = scope.desk();
    return book.change(desk, scope.contract(desk, contractId), from, form).id();
  }

  /** The care of one child ends after {@code lastDay}. */
  public void endCare(UUID childId, LocalDate lastDay) {
    DeskScope.Desk desk = scope.desk();
    if (lastDay == null) {
      throw new nl.ouderportaal.domain.platform.BusinessException("care.lastDayRequired")
          .on("lastDay");
    }
    book.endCare(desk, scope.child(desk, childId), lastDay);
  }
}
