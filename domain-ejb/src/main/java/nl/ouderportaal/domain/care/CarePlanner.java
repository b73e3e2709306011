package nl.ouderportaal.domain.care;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.credit.CreditAllocation;
import nl.ouderportaal.domain.credit.CreditLedger;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.CarePolicy;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes.Span;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * The rules for care on a day, for one child: what the child's location offers that day, what the
 * child already has, whether a line can be requested and how it would be paid, and whether the
 * group has room. Everything a parent's request and the service desk's queue need to know.
 */
@Dependent
public class CarePlanner {

  /**
   * A child's situation on a day.
   *
   * @param offered the day parts the location offers that day, with their times
   * @param booked the times the child already has: contract day parts and requested care
   */
  public record ChildDay(
      Child child,
      Contract contract,
      Group group,
      LocationCalendar.Day day,
      Map<DayPart, Span> offered,
      List<Span> booked,
      Set<DayPart> contractParts,
      CarePolicy policy)
      implements Serializable {

    public boolean alreadyHas(Span span) {
      return booked.stream().anyMatch(span::overlaps);
    }

    public Span openingHours() {
      return new Span(group.location().opensAt(), group.location().closesAt());
    }
  }

  /**
   * A line ready to be requested.
   *
   * @param inWindow whether the day is within the request window (else the service desk decides)
   * @param creditCovers whether the credit covers the hours now (else the service desk decides, and
   *     the credit is spent when it approves); true for a line on the invoice
   */
  public record Planned(
      ChildDay childDay,
      DayPart dayPart,
      Span span,
      Payment payment,
      CreditType creditType,
      BigDecimal hourlyRate,
      boolean inWindow,
      boolean creditCovers) {}

  @PersistenceContext private EntityManager em;
  @Inject private LocationCalendar calendar;
  @Inject private CreditLedger ledger;
  @Inject private Clock clock;

  /**
   * How many group workers these children need together on a day, by the staff-child ratio of the
   * group's care type and their ages that day.
   */
  public StaffChildRatio.Need staffNeed(Group group, LocalDate date, Set<UUID> children) {
    if (children.isEmpty()) {
      return StaffChildRatio.of(group.location().careType(), List.of());
    }
    List<Integer> ages =
        em.createQuery("select c from Child c where c.id in :ids", Child.class)
            .setParameter("ids", children)
            .getResultStream()
            .map(child -> child.ageInMonthsOn(date))
            .toList();
    return StaffChildRatio.of(group.location().careType(), ages);
  }

  /** The child's day; refused when the child has no contract and group that day. */
  public ChildDay childDay(Child child, LocalDate date) {
    Contract contract =
        em.createNamedQuery("Contract.ofChildOn", Contract.class)
            .setParameter("child", child)
            .setParameter("day", date)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("care.noContract", child.firstName()));
    Group group =
        em.createNamedQuery("Placement.ofChildOn", Placement.class)
            .setParameter("child", child)
            .setParameter("day", date)
            .getResultStream()
            .map(Placement::group)
            .filter(g -> g.location().id().equals(contract.location().id()))
            .findFirst()
            .orElseThrow(() -> new BusinessException("care.noContract", child.firstName()));
    LocationCalendar.Day day = calendar.day(group.location(), date);
    Map<DayPart, Span> offered = calendar.dayParts(group.location(), day);
    Map<DayPart, Span> times = calendar.times(group.location());
    Set<DayPart> contractParts =
        times.keySet().stream()
            .filter(part -> contract.booksOn(day, part))
            .collect(Collectors.toSet());
    List<Span> booked = new java.util.ArrayList<>(contractParts.stream().map(times::get).toList());
    em.createQuery(
            "select l from CareRequestLine l where l.child = :child and l.careDay = :day"
                + " and l.cancelledAt is null and l.request.status in :live",
            CareRequestLine.class)
        .setParameter("child", child)
        .setParameter("day", date)
        .setParameter("live", List.of(RequestStatus.SUBMITTED, RequestStatus.APPROVED))
        .getResultStream()
        .forEach(line -> booked.add(line.span()));
    CarePolicy policy = calendar.policy(child.family().organisation(), contract.careType());
    return new ChildDay(child, contract, group, day, offered, booked, contractParts, policy);
  }

  /**
   * Checks a line and decides how it is paid; refused with the reason as message key only when it
   * can never be given: a day in the past or a closed day, a day part the location does not give,
   * times outside its opening hours, care the child has already, a credit that cannot pay for this
   * care. A day outside the request window, or a credit that does not cover the hours now, is
   * planned for the service desk to decide. Either a day part, or own times ({@code start}, {@code
   * end}) within the opening hours.
   */
  public Planned plan(
      ChildDay childDay,
      DayPart dayPart,
      LocalTime start,
      LocalTime end,
      Payment payment,
      CreditType creditType) {
    LocalDate date = childDay.day().date();
    LocalDate today = LocalDate.now(clock);
    String name = childDay.child().firstName();
    if (date.isBefore(today)) {
      throw new BusinessException("care.past");
    }
    if (!childDay.day().open()) {
      throw new BusinessException(
          "care.closed", childDay.day().note() == null ? "" : childDay.day().note());
    }
    boolean inWindow = childDay.policy().inWindow(date, today);
    Span span;
    if (dayPart != null) {
      span = childDay.offered().get(dayPart);
      if (span == null) {
        throw new BusinessException("care.dayPartNotOffered", name);
      }
    } else {
      if (start == null || end == null || !start.isBefore(end)) {
        throw new BusinessException("care.timesInvalid", name);
      }
      span = new Span(start, end);
      if (!span.within(childDay.openingHours())) {
        throw new BusinessException(
            "care.outsideOpeningHours",
            childDay.openingHours().start().toString(),
            childDay.openingHours().end().toString());
      }
    }
    if (childDay.alreadyHas(span)) {
      throw new BusinessException("care.alreadyBooked", name);
    }
    if (payment == null) {
      throw new BusinessException("care.paymentRequired", name);
    }
    BigDecimal rate = childDay.contract().hourlyRate();
    if (payment == Payment.CREDIT) {
      if (creditType == null
          || !creditType.pays(childDay.contract().careType(), childDay.day().schoolFree())) {
        throw new BusinessException("credit.typeDoesNotFit", name);
      }
      BigDecimal available =
          CreditAllocation.available(ledger.batchesOf(childDay.child()), creditType, date, today);
      return new Planned(
          childDay,
          dayPart,
          span,
          payment,
          creditType,
          rate,
          inWindow,
          available.compareTo(span.hours()) >= 0);
    }
    return new Planned(childDay, dayPart, span, payment, null, rate, inWindow, true);
  }

  /** A line as the overview and the agenda show it, with its cancel deadline. */
  public CareRequests.LineView view(CareRequestLine line, java.time.Instant now) {
    java.time.ZonedDateTime deadline =
        policyOf(line.child(), line.location().careType()).cancelDeadline(line.careDay());
    RequestStatus status = line.request().status();
    // waiting for the service desk: it can be withdrawn until its day; decided: until the deadline
    boolean cancellable =
        !line.isCancelled()
            && (status == RequestStatus.SUBMITTED
                ? !line.careDay().isBefore(now.atZone(Clocks.ZONE).toLocalDate())
                : status == RequestStatus.APPROVED && now.isBefore(deadline.toInstant()));
    return new CareRequests.LineView(
        line.id(),
        line.child().id(),
        line.child().firstName(),
        line.careDay(),
        line.dayPart(),
        line.span().start(),
        line.span().end(),
        line.hours(),
        line.payment(),
        line.creditType(),
        line.isCancelled(),
        cancellable,
        deadline);
  }

  /** The policy for a child's care of a type (the organisation's, or the defaults). */
  public CarePolicy policyOf(Child child, nl.ouderportaal.domain.organisation.CareType careType) {
    return policyOf(child.family(), careType);
  }

  /** The policy for a family's care of a type (its organisation's, or the defaults). */
  public CarePolicy policyOf(
      nl.ouderportaal.domain.family.Family family,
      nl.ouderportaal.domain.organisation.CareType careType) {
    return calendar.policy(family.organisation(), careType);
  }

  /** The credit types that can pay for the child's care that day, with what is left of each. */
  public Map<CreditType, BigDecimal> creditsFor(ChildDay childDay) {
    Map<CreditType, BigDecimal> credits = new EnumMap<>(CreditType.class);
    LocalDate today = LocalDate.now(clock);
    List<CreditAllocation.Batch> batches = ledger.batchesOf(childDay.child());
    for (CreditType type : CreditType.values()) {
      if (type.pays(childDay.contract().careType(), childDay.day().schoolFree())) {
        credits.put(type, CreditAllocation.available(batches, type, childDay.day().date(), today));
      }
    }
    return credits;
  }

  /**
   * The occupancy of a group in each day part a span touches; with approved extra care, not yet
   * this request's.
   */
  public Map<DayPart, Occupancy> occupancy(Group group, LocalDate date, Span span) {
    Map<DayPart, Span> times = calendar.times(group.location());
    LocationCalendar.Day day = calendar.day(group.location(), date);
    List<Placement> placed =
        em.createNamedQuery("Placement.currentInGroups", Placement.class)
            .setParameter("groups", List.of(group.id()))
            .setParameter("day", date)
            .getResultList();
    List<UUID> children = placed.stream().map(p -> p.child().id()).toList();
    List<Contract> contracts =
        children.isEmpty()
            ? List.of()
            : em.createNamedQuery("Contract.activeOfChildrenOn", Contract.class)
                .setParameter("children", children)
                .setParameter("day", date)
                .getResultList();
    List<CareRequestLine> extras =
        em.createQuery(
                "select l from CareRequestLine l where l.group = :group and l.careDay = :day"
                    + " and l.cancelledAt is null and l.request.status = :approved",
                CareRequestLine.class)
            .setParameter("group", group)
            .setParameter("day", date)
            .setParameter("approved", RequestStatus.APPROVED)
            .getResultList();
    Set<UUID> absent =
        new HashSet<>(
            em.createQuery("select a.child.id from Absence a where a.careDay = :day", UUID.class)
                .setParameter("day", date)
                .getResultList());
    return occupancy(group, times, day, span, contracts, extras, absent);
  }

  /**
   * The rule of {@link #occupancy(Group, LocalDate, Span)} on what was read: per day part of the
   * span, the children whose contract books it, those with approved extra care then, and those
   * reported absent; for the review queue, which reads a whole page of requests at once.
   */
  static Map<DayPart, Occupancy> occupancy(
      Group group,
      Map<DayPart, Span> times,
      LocationCalendar.Day day,
      Span span,
      List<Contract> contracts,
      List<CareRequestLine> extras,
      Set<UUID> absent) {
    Map<DayPart, Occupancy> occupancy = new EnumMap<>(DayPart.class);
    times.forEach(
        (part, partSpan) -> {
          if (!partSpan.overlaps(span)) {
            return;
          }
          Set<UUID> contract =
              contracts.stream()
                  .filter(c -> c.booksOn(day, part))
                  .map(c -> c.child().id())
                  .collect(Collectors.toSet());
          Set<UUID> extra =
              extras.stream()
                  .filter(l -> l.span().overlaps(partSpan))
                  .map(l -> l.child().id())
                  .collect(Collectors.toSet());
          occupancy.put(part, new Occupancy(contract, extra, absent, group.capacity(part)));
        });
    return occupancy;
  }
}
