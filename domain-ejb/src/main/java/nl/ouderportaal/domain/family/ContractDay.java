package nl.ouderportaal.domain.family;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Objects;
import nl.ouderportaal.domain.organisation.DayPart;

/** One day part of the week a contract books, e.g. Monday morning. */
@Embeddable
public record ContractDay(
    @Enumerated(EnumType.STRING) @Column(name = "weekday", nullable = false) DayOfWeek weekday,
    @Enumerated(EnumType.STRING) @Column(name = "day_part", nullable = false) DayPart dayPart)
    implements Serializable {

  public ContractDay {
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(dayPart, "dayPart");
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      throw new IllegalArgumentException("no care in the weekend");
    }
  }
}
