package nl.ouderportaal.domain.family;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Which group a child is in, as the service desk keeps it: placed from a date (to a date), moved to
 * another group from a date (the history kept), or leaving a group. A placement that would make the
 * group overflow in some day part is refused with those days. Only the service desk of the child's
 * organisation.
 */
@Stateless
public class Placements {

  @Inject private DeskScope scope;
  @Inject private ContractBook book;

  public UUID place(UUID childId, UUID groupId, LocalDate from, LocalDate until) {
    DeskScope.Desk desk = scope.desk();
    if (from == null) {
      throw new BusinessException("placement.fromRequired").on("from");
    }
    if (until != null && until.isBefore(from)) {
      throw new BusinessException("placement.endInvalid", from).on("until");
    }
    return book.place(
            desk,
            scope.child(desk, childId),
            scope.group(desk, groupId),
            new DateRange(from, until))
        .id();
  }

  public UUID move(UUID childId, UUID groupId, LocalDate from) {
    DeskScope.Desk desk = scope.desk();
    return book.move(desk, scope.child(desk, childId), scope.group(desk, groupId), from).id();
  }

  public void end(UUID placementId, LocalDate lastDay) {
    DeskScope.Desk desk = scope.desk();
    book.endPlacement(desk, scope.placement(desk, placementId), lastDay);
  }
}
