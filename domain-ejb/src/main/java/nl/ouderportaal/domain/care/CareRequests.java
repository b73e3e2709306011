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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.credit.CreditLedger;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.FamilyCare;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes.Span;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * A parent's requests for extra and flexible care: what is possible on a day, what a request would
 * come to before it is sent, sending it (approved at once or waiting for the service desk), the
 * overview, and cancelling before the deadline.
 */
@Stateless
public class CareRequests {

  /** What a child can have on a day, for the 'Dag toevoegen' step. */
  public record ChildOptions(
      UUID childId,
      String name,
      CareType careType,
      String location,
      String group,
      Map<DayPart, Span> dayParts,
      Span openingHours,
      Map<CreditType, BigDecimal> credits,
      BigDecimal invoiceRate,
      String dayNote,
      String refusal,
      String reviewNote,
      List<String> reviewArgs)
      implements Serializable {

    public boolean possible() {
      return refusal == null;
    }
  }

  /** How far ahead care of a kind can be requested and approved at once, in days. */
  public record Window(CareType careType, int from, int to) implements Serializable {}

  /**
   * What a line would come to: the hours, who pays, whether it is approved at once and if not why,
   * and until when it can be cancelled.
   */
  public record LinePreview(
      LineDraft draft,
      String childName,
      Span span,
      BigDecimal hours,
      Payment payment,
      CreditType creditType,
      BigDecimal creditLeft,
      BigDecimal amount,
      boolean approvedAtOnce,
      String reviewReason,
      List<String> reviewArgs,
      ZonedDateTime cancelUntil)
      implements Serializable {}

  /** A sent request: its id and whether it was approved at once. */
  public record Sent(UUID requestId, RequestStatus status) implements Serializable {}

  /** A request in the overview, with its lines. */
  public record Overview(
      UUID id, Instant submittedAt, RequestStatus status, String reason, List<LineView> lines)
      implements Serializable {}

  /** A line in the overview or the agenda. */
  public record LineView(
      UUID id,
      UUID childId,
      String childName,
      LocalDate day,
      DayPart dayPart,
      LocalTime start,
      LocalTime end,
      BigDecimal hours,
      Payment payment,
      CreditType creditType,
      boolean cancelled,
      boolean cancellable,
      ZonedDateTime cancelUntil)
      implements Serializable {}

  static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  @PersistenceContext private EntityManager em;
  @Inject private ChildAccess access;
  @Inject private Children children;
  @Inject private CarePlanner planner;
  @Inject private CreditLedger ledger;
  @Inject private FamilyCare familyCare;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** For each of the caller's children, what can be requested on the day. */
  public List<ChildOptions> options(LocalDate day) {
    List<ChildOptions> options = new ArrayList<>();
    for (ChildSummary summary : children.ofMyFamily()) {
      Child child = ownChild(summary.id());
      try {
        CarePlanner.ChildDay childDay = planner.childDay(child, day);
        String refusal = refusalOf(childDay, day);
        boolean inWindow = childDay.policy().inWindow(day, LocalDate.now(clock));
        Map<DayPart, Span> free = new HashMap<>(childDay.offered());
        free.values().removeIf(childDay::alreadyHas);
        options.add(
            new ChildOptions(
                child.id(),
                child.firstName(),
                childDay.contract().careType(),
                childDay.group().location().name(),
                childDay.group().name(),
                new java.util.TreeMap<>(free),
                childDay.openingHours(),
                planner.creditsFor(childDay),
                childDay.contract().hourlyRate(),
                childDay.day().note(),
                refusal,
                inWindow ? null : "review.why.outsideWindow",
                windowArgs(childDay)));
      } catch (BusinessException noCare) {
        options.add(
            new ChildOptions(
                child.id(),
                child.firstName(),
                null,
                null,
                null,
                Map.of(),
                null,
                Map.of(),
                null,
                null,
                noCare.messageKey(),
                null,
                List.of()));
      }
    }
    return options;
  }

  private String refusalOf(CarePlanner.ChildDay childDay, LocalDate day) {
    if (day.isBefore(LocalDate.now(clock))) {
      return "care.pastShort";
    }
    if (!childDay.day().open()) {
      return "care.closedShort";
    }
    return null;
  }

  private static List<String> windowArgs(CarePlanner.ChildDay childDay) {
    return List.of(
        String.valueOf(childDay.policy().minDaysAhead()),
        String.valueOf(childDay.policy().maxDaysAhead()));
  }

  /**
   * How far ahead the caller's family can request care that is approved at once: the window of each
   * kind of care its children have now. Other days can be asked for too; the service desk decides
   * on them.
   */
  public List<Window> windows() {
    Family family = access.familyOfCaller();
    LocalDate today = LocalDate.now(clock);
    return em.createQuery(
            "select distinct c.location.careType from Contract c where c.child.family = :family"
                + " and (c.period.end is null or c.period.end >= :today)",
            CareType.class)
        .setParameter("family", family)
        .setParameter("today", today)
        .getResultStream()
        .sorted()
        .map(
            type -> {
              var policy = planner.policyOf(family, type);
              return new Window(type, policy.minDaysAhead(), policy.maxDaysAhead());
            })
        .toList();
  }

  /** What the lines would come to, each checked; refused like the real thing would be. */
  public List<LinePreview> preview(List<LineDraft> drafts) {
    Family family = access.familyOfCaller();
    familyCare.requireRunningCare(family);
    List<CarePlanner.Planned> planned = plan(drafts);
    Map<String, Set<UUID>> newcomers = newcomers(planned);
    List<LinePreview> previews = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      CarePlanner.Planned p = planned.get(i);
      String review = reviewReason(p, newcomers);
      List<String> args =
          "review.why.outsideWindow".equals(review) ? windowArgs(p.childDay()) : List.of();
      BigDecimal left =
          p.payment() == Payment.CREDIT
              ? planner
                  .creditsFor(p.childDay())
                  .get(p.creditType())
                  .subtract(spentEarlier(planned, i))
              : null;
      previews.add(
          new LinePreview(
              drafts.get(i),
              p.childDay().child().firstName(),
              p.span(),
              p.span().hours(),
              p.payment(),
              p.creditType(),
              left == null ? null : left.subtract(p.span().hours()),
              p.payment() == Payment.INVOICE
                  ? p.span()
                      .hours()
                      .multiply(p.hourlyRate())
                      .setScale(2, java.math.RoundingMode.HALF_UP)
                  : null,
              review == null,
              review,
              args,
              p.childDay().policy().cancelDeadline(p.childDay().day().date())));
    }
    if (planned.stream().anyMatch(p -> p.payment() == Payment.INVOICE)) {
      // one line on the invoice makes the whole request wait for the service desk
      return previews.stream()
          .map(
              v ->
                  v.approvedAtOnce()
                      ? new LinePreview(
                          v.draft(),
                          v.childName(),
                          v.span(),
                          v.hours(),
                          v.payment(),
                          v.creditType(),
                          v.creditLeft(),
                          v.amount(),
                          false,
                          "review.why.requestHasInvoiceLine",
                          List.of(),
                          v.cancelUntil())
                      : v)
          .toList();
    }
    return previews;
  }

  private static BigDecimal spentEarlier(List<CarePlanner.Planned> planned, int index) {
    CarePlanner.Planned line = planned.get(index);
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 0; i < index; i++) {
      CarePlanner.Planned earlier = planned.get(i);
      if (earlier.payment() == Payment.CREDIT
          && earlier.creditType() == line.creditType()
          && earlier.childDay().child().id().equals(line.childDay().child().id())) {
        spent = spent.add(earlier.span().hours());
      }
    }
    return spent;
  }

  /**
   * Sends the request. Credit that covers a line is spent at once (and comes back if the service
   * desk rejects it or the parent cancels in time); the request is approved at once when every line
   * is paid with credit that covers it, within the request window, and every group has room;
   * otherwise it waits for the service desk.
   */
  public Sent submit(List<LineDraft> drafts) {
    if (drafts == null || drafts.isEmpty()) {
      throw new BusinessException("care.noLines");
    }
    Parent parent = access.parentOfCaller();
    familyCare.requireRunningCare(parent.family());
    lockGroupsOf(drafts);
    List<CarePlanner.Planned> planned = plan(drafts);
    Instant now = clock.instant();
    CareRequest request = new CareRequest(parent.family(), parent.accountId(), now);
    List<CareRequestLine> lines = new ArrayList<>();
    for (CarePlanner.Planned p : planned) {
      CareRequestLine line =
          new CareRequestLine(
              request,
              p.childDay().child(),
              p.childDay().group(),
              p.childDay().day().date(),
              p.dayPart(),
              p.span(),
              p.payment(),
              p.creditType(),
              p.hourlyRate());
      request.add(line);
      lines.add(line);
    }
    Map<String, Set<UUID>> newcomers = newcomers(planned);
    String review = null;
    for (CarePlanner.Planned p : planned) {
      String reason = reviewReason(p, newcomers);
      if (reason != null && review == null) {
        review = reason;
      }
    }
    em.persist(request);
    em.flush();
    for (int i = 0; i < planned.size(); i++) {
      CarePlanner.Planned p = planned.get(i);
      // credit that does not cover the hours now is spent when the service desk approves
      if (p.payment() == Payment.CREDIT && p.creditCovers()) {
        ledger.spend(
            p.childDay().child(),
            p.creditType(),
            p.childDay().day().date(),
            p.span().hours(),
            lines.get(i).id());
      }
    }
    if (review == null) {
      request.approveAtOnce(now);
    } else {
      request.awaitReview(review);
    }
    audit.record(
        parent.accountId(),
        "REQUEST_SUBMITTED",
        "REQUEST",
        request.id(),
        lines.size() + " lines, " + request.status());
    return new Sent(request.id(), request.status());
  }

  /** Every request of the caller's family, newest first. */
  public List<Overview> mine() {
    Family family = access.familyOfCaller();
    // a list, not a stream: the lines of all requests then load in one statement (batch fetching)
    return em
        .createNamedQuery("CareRequest.ofFamily", CareRequest.class)
        .setParameter("family", family)
        .getResultList()
        .stream()
        .map(this::overview)
        .toList();
  }

  /** One request of the caller's family. */
  public Overview request(UUID requestId) {
    return overview(ownRequest(requestId));
  }

  /**
   * Cancels one line: credit comes back, an invoice charge is withdrawn. A line of a request that
   * still waits for the service desk can be withdrawn until its day; a decided one until the cancel
   * deadline. After that it is refused; the parent can report an absence instead.
   */
  public void cancel(UUID lineId) {
    CareRequestLine line = lineId == null ? null : em.find(CareRequestLine.class, lineId);
    if (line == null) {
      throw new NotFoundException();
    }
    ownRequest(line.request().id());
    // one decision on a request at a time (a double tap, two parents, the service desk): the
    // second waits here, then sees what the first did and refunds nothing twice
    em.refresh(line.request(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(line);
    if (line.isCancelled()) {
      return;
    }
    if (line.request().status() == RequestStatus.REJECTED) {
      throw new BusinessException("care.cancel.rejected");
    }
    Instant now = clock.instant();
    // a request that waits for the service desk can be withdrawn until the day: nothing was
    // decided yet, so nothing is charged; a decided one until the cancel deadline
    if (line.request().status() == RequestStatus.SUBMITTED) {
      if (line.careDay().isBefore(LocalDate.now(clock))) {
        throw new BusinessException("care.cancel.dayPassed");
      }
    } else {
      var policy = planner.policyOf(line.request().family(), line.group().location().careType());
      if (!policy.canCancel(line.careDay(), now)) {
        throw new BusinessException(
            "care.cancel.tooLate", DEADLINE.format(policy.cancelDeadline(line.careDay())));
      }
    }
    line.cancel(now);
    ledger.refund(line.id(), "cancelled");
    em.createQuery("select c from CareCharge c where c.requestLineId = :line", CareCharge.class)
        .setParameter("line", line.id())
        .getResultStream()
        .forEach(CareCharge::withdraw);
    line.request().lineCancelled();
    audit.record(
        access.parentOfCaller().accountId(),
        "REQUEST_LINE_CANCELLED",
        "REQUEST",
        line.request().id(),
        line.id().toString());
  }

  Overview overview(CareRequest request) {
    Instant now = clock.instant();
    List<LineView> lines = request.lines().stream().map(line -> planner.view(line, now)).toList();
    return new Overview(
        request.id(), request.submittedAt(), request.status(), request.reason(), lines);
  }

  private List<CarePlanner.Planned> plan(List<LineDraft> drafts) {
    List<CarePlanner.Planned> planned = new ArrayList<>();
    Map<UUID, Child> own = new HashMap<>();
    for (LineDraft draft : drafts) {
      Child child = own.computeIfAbsent(draft.childId(), this::ownChild);
      CarePlanner.ChildDay childDay = planner.childDay(child, draft.day());
      CarePlanner.Planned p =
          planner.plan(
              childDay,
              draft.dayPart(),
              draft.start(),
              draft.end(),
              draft.payment(),
              draft.creditType());
      for (CarePlanner.Planned earlier : planned) {
        if (earlier.childDay().child().id().equals(child.id())
            && earlier.childDay().day().date().equals(draft.day())
            && earlier.span().overlaps(p.span())) {
          throw new BusinessException("care.duplicateInRequest", child.firstName());
        }
      }
      planned.add(p);
    }
    return planned;
  }

  /**
   * Requests for the same group are handled one after the other (a row lock on the group, in a
   * fixed order against deadlocks), so that two requests cannot both take the last place, or book
   * the same child twice.
   */
  private void lockGroupsOf(List<LineDraft> drafts) {
    java.util.SortedSet<UUID> groups = new java.util.TreeSet<>();
    for (LineDraft draft : drafts) {
      Child child = ownChild(draft.childId());
      em.createNamedQuery("Placement.ofChildOn", nl.ouderportaal.domain.family.Placement.class)
          .setParameter("child", child)
          .setParameter("day", draft.day())
          .getResultStream()
          .forEach(p -> groups.add(p.group().id()));
    }
    for (UUID group : groups) {
      em.find(Group.class, group, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }
  }

  /** Per group, day and day part: the children of this request that would come then. */
  private Map<String, Set<UUID>> newcomers(List<CarePlanner.Planned> planned) {
    Map<String, Set<UUID>> newcomers = new HashMap<>();
    for (CarePlanner.Planned p : planned) {
      for (DayPart part :
          planner.occupancy(p.childDay().group(), p.childDay().day().date(), p.span()).keySet()) {
        newcomers
            .computeIfAbsent(
                key(p.childDay().group(), p.childDay().day().date(), part), k -> new HashSet<>())
            .add(p.childDay().child().id());
      }
    }
    return newcomers;
  }

  /** Why the service desk must look at a line, or null when it can be approved at once. */
  private String reviewReason(CarePlanner.Planned p, Map<String, Set<UUID>> newcomers) {
    if (p.payment() == Payment.INVOICE) {
      return "review.why.invoice";
    }
    if (!p.inWindow()) {
      return "review.why.outsideWindow";
    }
    if (!p.creditCovers()) {
      return "review.why.creditShort";
    }
    Group group = p.childDay().group();
    LocalDate date = p.childDay().day().date();
    for (Map.Entry<DayPart, Occupancy> part : planner.occupancy(group, date, p.span()).entrySet()) {
      if (!part.getValue()
          .fits(newcomers.getOrDefault(key(group, date, part.getKey()), Set.of()))) {
        return "review.why.groupFull";
      }
    }
    return null;
  }

  private static String key(Group group, LocalDate date, DayPart part) {
    return group.id() + "/" + date + "/" + part;
  }

  private Child ownChild(UUID childId) {
    Child child = access.readable(childId);
    if (!access.isOwnChild(child)) {
      throw new NotFoundException();
    }
    return child;
  }

  private CareRequest ownRequest(UUID requestId) {
    CareRequest request = requestId == null ? null : em.find(CareRequest.class, requestId);
    if (request == null || !request.family().id().equals(access.familyOfCaller().id())) {
      throw new NotFoundException();
    }
    return request;
  }
}
