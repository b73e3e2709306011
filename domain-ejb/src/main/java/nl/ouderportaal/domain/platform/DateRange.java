package nl.ouderportaal.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code start} up to and including {@code end}; no end means open-ended. */
@Embeddable
public record DateRange(
    @Column(name = "start_date", nullable = false) LocalDate start,
    @Column(name = "end_date") LocalDate end) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "the range ends (" + end + ") before it starts (" + start + ")");
    }
  }

  public static DateRange from(LocalDate start) {
    return new DateRange(start, null);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  public boolean overlaps(DateRange other) {
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  public boolean isOpenEnded() {
    return end == null;
  }
}
