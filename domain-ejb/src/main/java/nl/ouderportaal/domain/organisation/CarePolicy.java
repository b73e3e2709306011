package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * The rules of an organisation for requesting and cancelling care of one care type: a request is
 * for a day at least {@code minDaysAhead} and at most {@code maxDaysAhead} days from today, and can
 * be cancelled until {@code cancelDaysBefore} days before the day at {@code cancelUntil} (Amsterdam
 * time). Defaults: 2 to 90 days ahead; cancel until 2 days before, 18:00.
 */
@Entity
@Table(name = "care_policy")
public class CarePolicy {

  /** The organisation and the care type. */
  @Embeddable
  public record Key(
      @Column(name = "organisation_id") UUID organisationId,
      @Enumerated(EnumType.STRING) @Column(name = "care_type") CareType careType)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "min_days_ahead", nullable = false)
  private int minDaysAhead;

  @Column(name = "max_days_ahead", nullable = false)
  private int maxDaysAhead;

  @Column(name = "cancel_days_before", nullable = false)
  private int cancelDaysBefore;

  @Column(name = "cancel_until", nullable = false)
  private LocalTime cancelUntil;

  protected CarePolicy() {}

  public CarePolicy(
      UUID organisationId,
      CareType careType,
      int minDaysAhead,
      int maxDaysAhead,
      int cancelDaysBefore,
      LocalTime cancelUntil) {
    this.key = new Key(organisationId, careType);
    change(minDaysAhead, maxDaysAhead, cancelDaysBefore, cancelUntil);
  }

  /** The defaults, for an organisation that has not set its own. */
  public static CarePolicy standard(UUID organisationId, CareType careType) {
    return new CarePolicy(organisationId, careType, 2, 90, 2, LocalTime.of(18, 0));
  }

  public void change(
      int minDaysAhead, int maxDaysAhead, int cancelDaysBefore, LocalTime cancelUntil) {
    if (minDaysAhead < 0 || maxDaysAhead < minDaysAhead || maxDaysAhead > 366) {
      throw new IllegalArgumentException(
          "request window " + minDaysAhead + "-" + maxDaysAhead + " days");
    }
    if (cancelDaysBefore < 0 || cancelDaysBefore > 60 || cancelUntil == null) {
      throw new IllegalArgumentException("cancel deadline " + cancelDaysBefore + " days before");
    }
    this.minDaysAhead = minDaysAhead;
    this.maxDaysAhead = maxDaysAhead;
    this.cancelDaysBefore = cancelDaysBefore;
    this.cancelUntil = cancelUntil;
  }

  /** Whether care on {@code day} can be requested {@code today}. */
  public boolean inWindow(LocalDate day, LocalDate today) {
    long ahead = ChronoUnit.DAYS.between(today, day);
    return ahead >= minDaysAhead && ahead <= maxDaysAhead;
  }

  /** Until this moment, care on {@code day} can be cancelled. */
  public ZonedDateTime cancelDeadline(LocalDate day) {
    return day.minusDays(cancelDaysBefore).atTime(cancelUntil).atZone(Clocks.ZONE);
  }

  public boolean canCancel(LocalDate day, Instant now) {
    return now.isBefore(cancelDeadline(day).toInstant());
  }

  public CareType careType() {
    return key.careType();
  }

  public int minDaysAhead() {
    return minDaysAhead;
  }

  public int maxDaysAhead() {
    return maxDaysAhead;
  }

  public int cancelDaysBefore() {
    return cancelDaysBefore;
  }

  public LocalTime cancelUntil() {
    return cancelUntil;
  }
}
