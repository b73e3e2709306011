package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The times of a day part at a location, e.g. the morning from 07:30 to 13:00. A location without
 * its own times uses the {@link #standard} ones.
 */
@Entity
@Table(name = "location_day_part")
@NamedQuery(
    name = "DayPartTimes.ofLocation",
    query = "select t from DayPartTimes t where t.key.locationId = :location")
public class DayPartTimes {

  /** The location and the day part. */
  @Embeddable
  public record Key(
      @Column(name = "location_id") UUID locationId,
      @Enumerated(EnumType.STRING) @Column(name = "day_part") DayPart dayPart)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalTime endsAt;

  protected DayPartTimes() {}

  public DayPartTimes(Location location, DayPart dayPart, LocalTime startsAt, LocalTime endsAt) {
    if (dayPart.careType() != location.careType()) {
      throw new IllegalArgumentException(dayPart + " is not a day part of " + location.careType());
    }
    this.key = new Key(location.id(), dayPart);
    change(startsAt, endsAt);
  }

  public void change(LocalTime startsAt, LocalTime endsAt) {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    if (!startsAt.isBefore(endsAt)) {
      throw new IllegalArgumentException("a day part ends after it starts");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /**
   * The usual times: KDV morning 07:30-13:00 and afternoon 13:00-18:30; BSO before school
   * 07:30-08:30, after school 14:00-18:30, a holiday day 07:30-18:30.
   */
  public static Span standard(DayPart dayPart) {
    return switch (dayPart) {
      case MORNING -> new Span(LocalTime.of(7, 30), LocalTime.of(13, 0));
      case AFTERNOON -> new Span(LocalTime.of(13, 0), LocalTime.of(18, 30));
      case BEFORE_SCHOOL -> new Span(LocalTime.of(7, 30), LocalTime.of(8, 30));
      case AFTER_SCHOOL -> new Span(LocalTime.of(14, 0), LocalTime.of(18, 30));
      case HOLIDAY_DAY -> new Span(LocalTime.of(7, 30), LocalTime.of(18, 30));
    };
  }

  public DayPart dayPart() {
    return key.dayPart();
  }

  public Span span() {
    return new Span(startsAt, endsAt);
  }

  /** A stretch of time within a day. */
  public record Span(LocalTime start, LocalTime end) implements Serializable {

    public Span {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("ends (" + end + ") before it starts (" + start + ")");
      }
    }

    /** The length in hours, e.g. 5.50. */
    public BigDecimal hours() {
      return BigDecimal.valueOf(Duration.between(start, end).toMinutes())
          .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public boolean overlaps(Span other) {
      return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean within(Span other) {
      return !start.isBefore(other.start) && !end.isAfter(other.end);
    }
  }
}
