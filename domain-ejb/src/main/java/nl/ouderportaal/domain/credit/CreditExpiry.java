package nl.ouderportaal.domain.credit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * Writes off the credits past their date, every night just after midnight in the organisation's
 * zone (not the server's): credit valid to 31-12 expires at the end of that day in Amsterdam. A
 * persistent timer: after downtime it fires once at start; expiring twice is harmless, as an
 * expired batch has nothing left.
 */
@Singleton
public class CreditExpiry {

  @Inject private CreditLedger ledger;
  @Inject private Clock clock;

  @Schedule(
      hour = "0",
      minute = "15",
      timezone = Clocks.ZONE_ID,
      persistent = true,
      info = "credit expiry")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void expireEveryNight() {
    expire(LocalDate.now(clock));
  }

  /**
   * Writes off what is left of every credit that was valid until a day before {@code today}, as the
   * nightly run does on that day.
   *
   * @return how many credits expired
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int expire(LocalDate today) {
    return ledger.expire(today);
  }
}
