package nl.ouderportaal.domain.credit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Writes off the credits past their date, every night just after midnight. A persistent timer:
 * after downtime it fires once at start; expiring twice is harmless, as an expired batch has
 * nothing left.
 */
@Singleton
public class CreditExpiry {

  @Inject private CreditLedger ledger;
  @Inject private Clock clock;

  @Schedule(hour = "0", minute = "15", persistent = true, info = "credit expiry")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void expireEveryNight() {
    ledger.expire(LocalDate.now(clock));
  }
}
