package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
