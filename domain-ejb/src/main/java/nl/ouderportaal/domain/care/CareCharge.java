package nl.ouderportaal.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Approved care paid 'on the invoice': the hours and the rate, for the next invoice run. Cancelled
 * in time, the charge is withdrawn; after the deadline it stays.
 */
@Entity
@Table(name = "care_charge")
public class CareCharge {

  /** Where a charge stands. */
  public enum Status {
    OPEN,
    INVOICED,
    WITHDRAWN
  }

  @Id private UUID id;

  @Column(name = "request_line_id", nullable = false, unique = true)
  private UUID requestLineId;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "location_id", nullable = false)
  private UUID locationId;

  @Column(name = "care_day", nullable = false)
  private LocalDate careDay;

  @Column(nullable = false, precision = 4, scale = 2)
  private BigDecimal hours;

  @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
  private BigDecimal hourlyRate;

  @Column(nullable = false, precision = 9, scale = 2)
  private BigDecimal amount;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected CareCharge() {}

  CareCharge(CareRequestLine line) {
    this.id = UUID.randomUUID();
    this.requestLineId = line.id();
    this.childId = line.child().id();
    this.locationId = line.location().id();
    this.careDay = line.careDay();
    this.hours = line.hours();
    this.hourlyRate = line.hourlyRate();
    this.amount = line.hours().multiply(line.hourlyRate()).setScale(2, RoundingMode.HALF_UP);
    this.status = Status.OPEN;
  }

  void withdraw() {
    if (status == Status.OPEN) {
      status = Status.WITHDRAWN;
    }
  }

  /** The charge went on an invoice; only an open charge can. */
  public void markInvoiced() {
    if (status != Status.OPEN) {
      throw new IllegalStateException("charge " + id + " is " + status + ", not open");
    }
    status = Status.INVOICED;
  }

  public UUID id() {
    return id;
  }

  public UUID childId() {
    return childId;
  }

  public UUID locationId() {
    return locationId;
  }

  public UUID requestLineId() {
    return requestLineId;
  }

  public LocalDate careDay() {
    return careDay;
  }

  public BigDecimal hours() {
    return hours;
  }

  public BigDecimal hourlyRate() {
    return hourlyRate;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Status status() {
    return status;
  }
}
