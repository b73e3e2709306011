package nl.ouderportaal.domain.care;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * A line as the parent composes it: a child, a day, a day part or own times, and how to pay (a
 * credit type, or null for the invoice). Nothing the parent may not set: no status, no price.
 */
public record LineDraft(
    UUID childId,
    LocalDate day,
    DayPart dayPart,
    LocalTime start,
    LocalTime end,
    CreditType creditType)
    implements Serializable {

  public Payment payment() {
    return creditType == null ? Payment.INVOICE : Payment.CREDIT;
  }
}
