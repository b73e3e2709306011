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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;

/** A child will not come on a day it is expected. No hours are given back for it. */
@Entity
@Table(name = "absence")
public class Absence {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @Column(name = "care_day", nullable = false)
  private LocalDate careDay;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AbsenceReason reason;

  @Column private String note;

  @Column(name = "reported_by", nullable = false)
  private UUID reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected Absence() {}

  Absence(
      Child child,
      LocalDate careDay,
      AbsenceReason reason,
      String note,
      UUID reportedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    this.careDay = Objects.requireNonNull(careDay, "careDay");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.reportedBy = Objects.requireNonNull(reportedBy, "reportedBy");
    this.reportedAt = now;
  }

  public UUID id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public LocalDate careDay() {
    return careDay;
  }

  public AbsenceReason reason() {
    return reason;
  }

  public String note() {
    return note;
  }

  /** When it was reported: after the cancel deadline, an invoice charge of the day stays. */
  public Instant reportedAt() {
    return reportedAt;
  }
}
