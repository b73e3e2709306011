package nl.ouderportaal.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;

/**
 * Care for one child on one day: a day part, or times of the parent's own choosing within the
 * opening hours; paid with credit of one type, or on the invoice at the contract's hourly rate.
 */
@Entity
@Table(name = "care_request_line")
public class CareRequestLine {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private CareRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  private Group group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "location_id")
  private Location location;

  @Column(name = "care_day", nullable = false)
  private LocalDate careDay;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_part")
  private DayPart dayPart;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalTime endsAt;

  @Column(nullable = false, precision = 4, scale = 2)
  private BigDecimal hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Payment payment;

  @Enumerated(EnumType.STRING)
  @Column(name = "credit_type")
  private CreditType creditType;

  @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
  private BigDecimal hourlyRate;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected CareRequestLine() {}

  CareRequestLine(
      CareRequest request,
      Child child,
      Group group,
      LocalDate careDay,
      DayPart dayPart,
      DayPartTimes.Span span,
      Payment payment,
      CreditType creditType,
      BigDecimal hourlyRate) {
    this.id = UUID.randomUUID();
    this.request = Objects.requireNonNull(request, "request");
    this.child = Objects.requireNonNull(child, "child");
    this.group = Objects.requireNonNull(group, "group");
    this.location = group.location();
    this.careDay = Objects.requireNonNull(careDay, "careDay");
    this.dayPart = dayPart;
    this.startsAt = span.start();
    this.endsAt = span.end();
    this.hours = span.hours();
    this.payment = Objects.requireNonNull(payment, "payment");
    if ((payment == Payment.CREDIT) != (creditType != null)) {
      throw new IllegalArgumentException("a credit type goes with payment by credit only");
    }
    this.creditType = creditType;
    this.hourlyRate = Objects.requireNonNull(hourlyRate, "hourlyRate");
  }

  void cancel(Instant now) {
    cancelledAt = now;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  public DayPartTimes.Span span() {
    return new DayPartTimes.Span(startsAt, endsAt);
  }

  public UUID id() {
    return id;
  }

  public CareRequest request() {
    return request;
  }

  public Child child() {
    return child;
  }

  public Group group() {
    return group;
  }

  public Location location() {
    return location;
  }

  public LocalDate careDay() {
    return careDay;
  }

  public DayPart dayPart() {
    return dayPart;
  }

  public BigDecimal hours() {
    return hours;
  }

  public Payment payment() {
    return payment;
  }

  public CreditType creditType() {
    return creditType;
  }

  public BigDecimal hourlyRate() {
    return hourlyRate;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }
}
