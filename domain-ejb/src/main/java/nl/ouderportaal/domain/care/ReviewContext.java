package nl.ouderportaal.domain.care;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.credit.CreditAllocation;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes.Span;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.LocationCalendar;

/**
 * The context of a page of waiting requests, for the service desk's review queue: per line the
 * group's busiest day part in the line's times, the staff the children there need now and with this
 * child, the child's credit left and contract days. Read for the whole page at once (placements,
 * contracts, approved extra care, absences and credits: one query each), so the queue costs the
 * same few statements whether it shows one request or a hundred; the rules are those of {@link
 * CarePlanner#occupancy} and {@link CarePlanner#staffNeed}.
 */
@Dependent
class ReviewContext {

  @PersistenceContext private EntityManager em;
  @Inject private LocationCalendar calendar;
  @Inject private Clock clock;

  /** The requests as the queue shows them, in their order. */
  List<Reviews.Waiting> of(List<CareRequest> requests) {
    List<CareRequestLine> lines = requests.stream().flatMap(r -> r.lines().stream()).toList();
    if (lines.isEmpty()) {
      return requests.stream().map(r -> waiting(r, List.of())).toList();
    }
    Loaded loaded = load(lines);
    LocalDate today = LocalDate.now(clock);
    return requests.stream()
        .map(r -> waiting(r, r.lines().stream().map(l -> line(l, loaded, today)).toList()))
        .toList();
  }

  private static Reviews.Waiting waiting(CareRequest request, List<Reviews.LineContext> lines) {
    return new Reviews.Waiting(
        request.id(), request.family().name(), request.submittedAt(), request.reviewNote(), lines);
  }

  /** What the page's lines need, read at once. */
  private record Loaded(
      List<Placement> placements,
      Map<UUID, List<Contract>> contracts,
      List<CareRequestLine> extras,
      Set<Absent> absent,
      Map<UUID, List<CreditAllocation.Batch>> credits,
      Map<UUID, Child> children,
      Map<UUID, Map<LocalDate, LocationCalendar.Day>> days) {}

  private record Absent(UUID child, LocalDate day) {}

  private Loaded load(List<CareRequestLine> lines) {
    Set<UUID> groups = lines.stream().map(l -> l.group().id()).collect(Collectors.toSet());
    LocalDate from =
        lines.stream().map(CareRequestLine::careDay).min(Comparator.naturalOrder()).get();
    LocalDate to =
        lines.stream().map(CareRequestLine::careDay).max(Comparator.naturalOrder()).get();
    Map<UUID, Child> children = new HashMap<>();
    lines.forEach(l -> children.put(l.child().id(), l.child()));
    List<Placement> placements =
        em.createQuery(
                "select p from Placement p join fetch p.child where p.group.id in :groups"
                    + " and p.period.start <= :to and (p.period.end is null or p.period.end >= :from)",
                Placement.class)
            .setParameter("groups", groups)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    placements.forEach(p -> children.put(p.child().id(), p.child()));
    List<CareRequestLine> extras =
        em.createQuery(
                "select l from CareRequestLine l join fetch l.child where l.group.id in :groups"
                    + " and l.careDay between :from and :to and l.cancelledAt is null"
                    + " and l.request.status = :approved",
                CareRequestLine.class)
            .setParameter("groups", groups)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("approved", RequestStatus.APPROVED)
            .getResultList();
    extras.forEach(l -> children.put(l.child().id(), l.child()));
    Map<UUID, List<Contract>> contracts =
        em
            .createQuery(
                "select distinct c from Contract c left join fetch c.days where c.child.id in :children"
                    + " and c.period.start <= :to and (c.period.end is null or c.period.end >= :from)",
                Contract.class)
            .setParameter("children", children.keySet())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(c -> c.child().id()));
    Set<Absent> absent =
        em
            .createQuery(
                "select a.child.id, a.careDay from Absence a where a.child.id in :children"
                    + " and a.careDay between :from and :to",
                Object[].class)
            .setParameter("children", children.keySet())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()
            .stream()
            .map(row -> new Absent((UUID) row[0], (LocalDate) row[1]))
            .collect(Collectors.toSet());
    Map<UUID, List<CreditAllocation.Batch>> credits =
        em
            .createQuery(
                "select a.child.id, a.id, a.creditType, a.validUntil, a.balance from CreditAccount a"
                    + " where a.child.id in :children order by a.validUntil, a.creditType",
                Object[].class)
            .setParameter(
                "children", lines.stream().map(l -> l.child().id()).collect(Collectors.toSet()))
            .getResultList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    row -> (UUID) row[0],
                    Collectors.mapping(
                        row ->
                            new CreditAllocation.Batch(
                                (UUID) row[1],
                                (CreditType) row[2],
                                (LocalDate) row[3],
                                (BigDecimal) row[4]),
                        Collectors.toList())));
    Map<UUID, Map<LocalDate, LocationCalendar.Day>> days = new HashMap<>();
    lines.stream()
        .map(l -> l.group().location())
        .distinct()
        .forEach(
            location ->
                days.computeIfAbsent(
                    location.id(),
                    id ->
                        calendar.days(location, from, to).stream()
                            .collect(Collectors.toMap(LocationCalendar.Day::date, d -> d))));
    return new Loaded(placements, contracts, extras, absent, credits, children, days);
  }

  private Reviews.LineContext line(CareRequestLine l, Loaded loaded, LocalDate today) {
    Group group = l.group();
    Location location = group.location();
    LocalDate date = l.careDay();
    LocationCalendar.Day day = loaded.days().get(location.id()).get(date);
    Map<DayPart, Occupancy> occupancy = occupancy(group, date, day, l.span(), loaded);
    Occupancy fullest =
        occupancy.values().stream()
            .max(Comparator.comparingInt(o -> o.count() - o.capacity()))
            .orElse(null);
    BigDecimal left =
        l.creditType() == null
            ? null
            : CreditAllocation.available(
                loaded.credits().getOrDefault(l.child().id(), List.of()),
                l.creditType(),
                date,
                today);
    Set<UUID> busiest =
        occupancy.values().stream()
            .max(Comparator.comparingInt(Occupancy::count))
            .map(Occupancy::present)
            .orElseGet(HashSet::new);
    var now = need(group, date, busiest, loaded);
    busiest.add(l.child().id());
    var with = need(group, date, busiest, loaded);
    return new Reviews.LineContext(
        l.child().fullName(),
        group.name(),
        date,
        l.dayPart(),
        l.span().start(),
        l.span().end(),
        l.hours(),
        l.payment(),
        l.creditType(),
        left,
        fullest == null ? 0 : fullest.count(),
        fullest == null ? group.capacity() : fullest.capacity(),
        now,
        with,
        contractDays(l, loaded),
        l.isCancelled());
  }

  /** As {@link CarePlanner#occupancy}, from what was loaded. */
  private Map<DayPart, Occupancy> occupancy(
      Group group, LocalDate date, LocationCalendar.Day day, Span span, Loaded loaded) {
    List<UUID> placed =
        loaded.placements().stream()
            .filter(p -> p.group().id().equals(group.id()) && p.period().contains(date))
            .map(p -> p.child().id())
            .toList();
    List<Contract> contracts =
        placed.stream()
            .flatMap(child -> loaded.contracts().getOrDefault(child, List.of()).stream())
            .filter(c -> c.period().contains(date))
            .toList();
    List<CareRequestLine> extras =
        loaded.extras().stream()
            .filter(l -> l.group().id().equals(group.id()) && l.careDay().equals(date))
            .toList();
    Set<UUID> absent =
        loaded.absent().stream()
            .filter(a -> a.day().equals(date))
            .map(Absent::child)
            .collect(Collectors.toSet());
    return CarePlanner.occupancy(
        group, calendar.times(group.location()), day, span, contracts, extras, absent);
  }

  private static StaffChildRatio.Need need(
      Group group, LocalDate date, Set<UUID> children, Loaded loaded) {
    List<Integer> ages = new ArrayList<>();
    for (UUID child : children) {
      Child known = loaded.children().get(child);
      if (known != null) {
        ages.add(known.ageInMonthsOn(date));
      }
    }
    return StaffChildRatio.of(group.location().careType(), ages);
  }

  /** The days of the child's contract on the line's day (at the group's location if it has two). */
  private static List<ContractDay> contractDays(CareRequestLine l, Loaded loaded) {
    return loaded.contracts().getOrDefault(l.child().id(), List.of()).stream()
        .filter(c -> c.period().contains(l.careDay()))
        .sorted(
            Comparator.comparing(
                (Contract c) -> !c.location().id().equals(l.group().location().id())))
        .findFirst()
        .map(Contract::days)
        .orElse(List.of());
  }
}
