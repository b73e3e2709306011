package nl.ouderportaal.domain.care;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * A parent's request for care on one or more days for one or more children. Submitted, it is
 * approved at once when every line is paid with credit and the groups have room; otherwise it waits
 * for the service desk, who approves it or rejects it with a reason. Lines can be cancelled one by
 * one until their deadline; when all are, the request is cancelled.
 */
@Entity
@Table(name = "care_request")
@NamedQuery(
    name = "CareRequest.ofFamily",
    query = "select r from CareRequest r where r.family = :family order by r.submittedAt desc")
@NamedQuery(
    name = "CareRequest.waiting",
    query =
        "select r from CareRequest r join fetch r.family where r.status = :submitted"
            + " and r.family.organisation.id = :organisation order by r.submittedAt, r.id")
public class CareRequest {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "family_id")
  private Family family;

  @Column(name = "submitted_by", nullable = false)
  private UUID submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestStatus status;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column private String reason;

  /** Why the service desk has to look at it (a message key), for the queue. */
  @Column(name = "review_note")
  private String reviewNote;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("careDay, startsAt")
  private List<CareRequestLine> lines = new ArrayList<>();

  protected CareRequest() {}

  CareRequest(Family family, UUID submittedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.family = Objects.requireNonNull(family, "family");
    this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
    this.submittedAt = now;
    this.status = RequestStatus.SUBMITTED;
  }

  void add(CareRequestLine line) {
    lines.add(line);
  }

  /** Approved without the service desk: every rule for that holds. */
  void approveAtOnce(Instant now) {
    requireSubmitted();
    status = RequestStatus.APPROVED;
    decidedAt = now;
  }

  /** Waits for the service desk, for the reason given (a message key). */
  void awaitReview(String note) {
    requireSubmitted();
    reviewNote = note;
  }

  /** What the column holds: a longer reason or note is refused, never cut off. */
  static final int REASON_LENGTH = 500;

  void approve(UUID by, Instant now, String note) {
    requireSubmitted();
    if (note != null && note.strip().length() > REASON_LENGTH) {
      throw new BusinessException("review.reasonTooLong", REASON_LENGTH).on("reason");
    }
    status = RequestStatus.APPROVED;
    decidedBy = by;
    decidedAt = now;
    reason = note == null || note.isBlank() ? null : note.strip();
  }

  void reject(UUID by, Instant now, String why) {
    requireSubmitted();
    if (why == null || why.isBlank()) {
      throw new BusinessException("review.reasonRequired").on("reason");
    }
    if (why.strip().length() > REASON_LENGTH) {
      throw new BusinessException("review.reasonTooLong", REASON_LENGTH).on("reason");
    }
    status = RequestStatus.REJECTED;
    decidedBy = by;
    decidedAt = now;
    reason = why.strip();
  }

  /** After a line was cancelled: when none is left, the request is cancelled. */
  void lineCancelled() {
    if (lines.stream().allMatch(CareRequestLine::isCancelled)) {
      status = RequestStatus.CANCELLED;
    }
  }

  private void requireSubmitted() {
    if (status != RequestStatus.SUBMITTED) {
      throw new BusinessException("review.alreadyDecided");
    }
  }

  public UUID id() {
    return id;
  }

  public Family family() {
    return family;
  }

  public UUID submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public RequestStatus status() {
    return status;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String reason() {
    return reason;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public List<CareRequestLine> lines() {
    return List.copyOf(lines);
  }
}
