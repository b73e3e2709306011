package nl.ouderportaal.domain.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.credit.CreditLedger;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * The service desk's queue of requests that wait for a decision, oldest first, with what it takes
 * to decide: the credit left, the group's occupancy at that time, the child's contract. A decision
 * is told to the family's parents the way each of them chose.
 */
@Stateless
public class Reviews {

  /** A waiting request with its context. */
  public record Waiting(
      UUID id, String familyName, Instant submittedAt, String reviewNote, List<LineContext> lines)
      implements Serializable {}

  /**
   * A line of a waiting request with its context: the group's busiest day part in the line's times,
   * and the group workers the children there need now and with this child as well (the BKR).
   */
  public record LineContext(
      String childName,
      String group,
      LocalDate day,
      DayPart dayPart,
      LocalTime start,
      LocalTime end,
      BigDecimal hours,
      Payment payment,
      CreditType creditType,
      BigDecimal creditLeft,
      int occupied,
      int capacity,
      StaffChildRatio.Need staffNow,
      StaffChildRatio.Need staffWith,
      List<ContractDay> contractDays,
      boolean cancelled)
      implements Serializable {}

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private CarePlanner planner;
  @Inject private CreditLedger ledger;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private ReviewContext context;

  /** The largest page the queue gives at once: each request carries its context. */
  public static final int MAX_PAGE = 100;

  /**
   * A page of the waiting requests of the caller's organisation, oldest first (the longest wait
   * first); {@link #waitingCount()} tells how many there are in all.
   */
  public List<Waiting> queue(int first, int max) {
    StaffMember desk = serviceDesk();
    List<CareRequest> page =
        em.createNamedQuery("CareRequest.waiting", CareRequest.class)
            .setParameter("submitted", RequestStatus.SUBMITTED)
            .setParameter("organisation", desk.organisation().id())
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
            .getResultList();
    return context.of(page);
  }

  public long waitingCount() {
    StaffMember desk = serviceDesk();
    return em.createQuery(
            "select count(r) from CareRequest r where r.status = :submitted"
                + " and r.family.organisation.id = :organisation",
            Long.class)
        .setParameter("submitted", RequestStatus.SUBMITTED)
        .setParameter("organisation", desk.organisation().id())
        .getSingleResult();
  }

  /**
   * Approves: lines paid on the invoice become charges for the next invoice; credit that did not
   * cover a line when it was sent is spent now (refused when it still does not: grant hours first,
   * or reject). A request whose days have all passed can only be rejected.
   */
  public void approve(UUID requestId, String note) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    CareRequest request = lockedForDecision(ofOrganisation(requestId));
    LocalDate today = LocalDate.now(clock);
    List<CareRequestLine> live = request.lines().stream().filter(l -> !l.isCancelled()).toList();
    if (!live.isEmpty() && live.stream().allMatch(l -> l.careDay().isBefore(today))) {
      throw new BusinessException("review.dayPassed");
    }
    request.approve(actor, clock.instant(), note);
    for (CareRequestLine line : live) {
      if (line.payment() == Payment.INVOICE) {
        em.persist(new CareCharge(line));
      } else if (line.payment() == Payment.CREDIT && !ledger.paid(line.id())) {
        try {
          ledger.spend(line.child(), line.creditType(), line.careDay(), line.hours(), line.id());
        } catch (BusinessException notEnough) {
          throw new BusinessException(
              "review.creditNotEnough", line.child().firstName(), line.careDay().format(DAY));
        }
      }
    }
    audit.record(actor, "REQUEST_APPROVED", "REQUEST", request.id(), note);
    tell(request, "approved");
  }

  /** Rejects with a reason the parents read; credit spent on it comes back. */
  public void reject(UUID requestId, String reason) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    CareRequest request = lockedForDecision(ofOrganisation(requestId));
    request.reject(actor, clock.instant(), reason);
    request.lines().forEach(l -> ledger.refund(l.id(), "rejected"));
    audit.record(actor, "REQUEST_REJECTED", "REQUEST", request.id(), reason);
    tell(request, "rejected");
  }

  /**
   * The request as the database has it, locked until this decision commits: a cancel by the parents
   * or a second decision waits, and then finds the request decided.
   */
  private CareRequest lockedForDecision(CareRequest request) {
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    request.lines().forEach(em::refresh);
    return request;
  }

  private void tell(CareRequest request, String decision) {
    String days =
        request.lines().stream()
            .map(l -> l.child().firstName() + " " + l.careDay().format(DAY))
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    for (Parent parent :
        em.createNamedQuery("Parent.findByFamily", Parent.class)
            .setParameter("family", request.family())
            .getResultList()) {
      if (parent.accountId() == null) {
        continue;
      }
      var recipient = accounts.recipient(parent.accountId());
      boolean dutch = !"en".equals(recipient.language());
      String title =
          dutch
              ? ("approved".equals(decision)
                      ? "Je aanvraag is goedgekeurd: "
                      : "Je aanvraag is afgewezen: ")
                  + days
              : ("approved".equals(decision)
                      ? "Your request was approved: "
                      : "Your request was rejected: ")
                  + days;
      notifier.notify(
          recipient,
          Category.REQUEST_DECISIONS,
          title,
          "/requests.xhtml",
          "request-" + decision,
          Map.of(
              "name",
              parent.firstName(),
              "days",
              days,
              "reason",
              request.reason() == null ? "" : request.reason(),
              "organisation",
              request.family().organisation().name()));
    }
  }

  private Waiting waiting(CareRequest request) {
    LocalDate today = LocalDate.now(clock);
    List<LineContext> lines =
        request.lines().stream()
            .map(
                l -> {
                  Map<DayPart, Occupancy> occupancy =
                      planner.occupancy(l.group(), l.careDay(), l.span());
                  Occupancy fullest =
                      occupancy.values().stream()
                          .max(Comparator.comparingInt(o -> o.count() - o.capacity()))
                          .orElse(null);
                  int occupied = fullest == null ? 0 : fullest.count();
                  BigDecimal left =
                      l.creditType() == null
                          ? null
                          : nl.ouderportaal.domain.credit.CreditAllocation.available(
                              ledger.batchesOf(l.child()), l.creditType(), l.careDay(), today);
                  var contract = planner.childDay(l.child(), l.careDay()).contract();
                  Set<UUID> busiest =
                      occupancy.values().stream()
                          .max(Comparator.comparingInt(Occupancy::count))
                          .map(Occupancy::present)
                          .orElseGet(HashSet::new);
                  StaffChildRatio.Need now = planner.staffNeed(l.group(), l.careDay(), busiest);
                  busiest.add(l.child().id());
                  StaffChildRatio.Need with = planner.staffNeed(l.group(), l.careDay(), busiest);
                  return new LineContext(
                      l.child().fullName(),
                      l.group().name(),
                      l.careDay(),
                      l.dayPart(),
                      l.span().start(),
                      l.span().end(),
                      l.hours(),
                      l.payment(),
                      l.creditType(),
                      left,
                      occupied,
                      fullest == null ? l.group().capacity() : fullest.capacity(),
                      now,
                      with,
                      contract.days(),
                      l.isCancelled());
                })
            .toList();
    return new Waiting(
        request.id(), request.family().name(), request.submittedAt(), request.reviewNote(), lines);
  }

  private CareRequest ofOrganisation(UUID requestId) {
    StaffMember desk = serviceDesk();
    CareRequest request = requestId == null ? null : em.find(CareRequest.class, requestId);
    if (request == null || !request.family().organisation().id().equals(desk.organisation().id())) {
      throw new NotFoundException();
    }
    return request;
  }

  private StaffMember serviceDesk() {
    currentUser.require(Role.SERVICEDESK);
    return access.staffOfCaller();
  }
}
