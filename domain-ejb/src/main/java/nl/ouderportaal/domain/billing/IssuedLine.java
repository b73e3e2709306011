package nl.ouderportaal.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * An {@link InvoiceLine} as stored: a copy of the child, the location with its LRK number, the days
 * and the amounts, so an annual statement years later is made from exactly what was invoiced.
 */
@Embeddable
public class IssuedLine {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private LineKind kind;

  @Column(name = "child_id", nullable = false)
  private UUID childId;

  @Column(name = "child_name", nullable = false)
  private String childName;

  @Column(name = "child_birth_date", nullable = false)
  private LocalDate childBirthDate;

  @Column(name = "location_id", nullable = false)
  private UUID locationId;

  @Column(name = "location_name", nullable = false)
  private String locationName;

  @Column(name = "lrk_number", nullable = false)
  private String lrkNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_type", nullable = false)
  private CareType careType;

  @Column(name = "care_start", nullable = false)
  private LocalDate careStart;

  @Column(name = "care_end", nullable = false)
  private LocalDate careEnd;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "hours", nullable = false, precision = 7, scale = 2)
  private BigDecimal hours;

  @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
  private BigDecimal hourlyRate;

  @Column(name = "amount", nullable = false, precision = 9, scale = 2)
  private BigDecimal amount;

  protected IssuedLine() {}

  IssuedLine(InvoiceLine line) {
    this.kind = line.kind();
    this.childId = line.child().id();
    this.childName = line.child().name();
    this.childBirthDate = line.child().birthDate();
    this.locationId = line.location().id();
    this.locationName = line.location().name();
    this.lrkNumber = line.location().lrkNumber();
    this.careType = line.location().careType();
    this.careStart = line.care().start();
    this.careEnd = line.care().end();
    this.description = line.description();
    this.hours = line.hours();
    this.hourlyRate = line.hourlyRate().amount();
    this.amount = line.amount().amount();
  }

  /** The line of the model again, checked by its constructor as when it was issued. */
  InvoiceLine toLine() {
    return new InvoiceLine(
        kind,
        new BilledChild(childId, childName, childBirthDate),
        new BilledLocation(locationId, locationName, lrkNumber, careType),
        new DateRange(careStart, careEnd),
        description,
        hours,
        new Money(hourlyRate),
        new Money(amount));
  }
}
