package nl.ouderportaal.domain.family;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * The agreement for one child at one location for one care type: which day parts of the week, how
 * many hours a year at which hourly rate, from when to when. A child moving from KDV to BSO gets a
 * new contract. Changing a contract is a structural change: only the service desk does it.
 */
@Entity
@Table(name = "contract")
@NamedQuery(
    name = "Contract.periodsOfFamily",
    query =
        "select c.child.id, c.period.start, c.period.end, c.location.id from Contract c"
            + " where c.child.family.id = :family")
@NamedQuery(
    name = "Contract.ofChildren",
    query =
        "select distinct c from Contract c join fetch c.location left join fetch c.days"
            + " where c.child.id in :children order by c.period.start")
@NamedQuery(
    name = "Contract.ofChildOn",
    query =
        "select distinct c from Contract c join fetch c.location left join fetch c.days"
            + " where c.child = :child and c.period.start <= :day"
            + " and (c.period.end is null or c.period.end >= :day)")
@NamedQuery(
    name = "Contract.activeOfChildrenOn",
    query =
        "select distinct c from Contract c left join fetch c.days where c.child.id in :children"
            + " and c.period.start <= :day and (c.period.end is null or c.period.end >= :day)")
public class Contract {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "location_id")
  private Location location;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_type", nullable = false)
  private CareType careType;

  @ElementCollection
  @CollectionTable(name = "contract_day", joinColumns = @JoinColumn(name = "contract_id"))
  private Set<ContractDay> days = new HashSet<>();

  @Column(name = "hours_per_year", nullable = false, precision = 7, scale = 2)
  private BigDecimal hoursPerYear;

  @Column(name = "hourly_rate", nullable = false, precision = 8, scale = 2)
  private BigDecimal hourlyRate;

  @Embedded private DateRange period;

  @Embedded private FlexHours flex = FlexHours.NONE;

  protected Contract() {}

  public Contract(
      Child child,
      Location location,
      Set<ContractDay> days,
      BigDecimal hoursPerYear,
      BigDecimal hourlyRate,
      DateRange period) {
    this(child, new Terms(location, days, hoursPerYear, hourlyRate, FlexHours.NONE, period));
  }

  public Contract(Child child, Terms terms) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    apply(terms);
  }

  /**
   * What a contract agrees: where, which day parts of the week, how many hours a year at which
   * rate, the flex hours it includes, and from when to when.
   */
  public record Terms(
      Location location,
      Set<ContractDay> days,
      BigDecimal hoursPerYear,
      BigDecimal hourlyRate,
      FlexHours flex,
      DateRange period)
      implements java.io.Serializable {

    /** The same agreement over another period. */
    public Terms over(DateRange period) {
      return new Terms(location, days, hoursPerYear, hourlyRate, flex, period);
    }
  }

  /**
   * Corrects the agreement as a whole (a mistake, or an import that brings the old system's changed
   * contract); a change from a date is a new contract after this one ends.
   *
   * @throws BusinessException {@code contract.daysRequired}, {@code contract.hoursInvalid}, {@code
   *     contract.rateInvalid}, {@code contract.flexWrongCareType}
   */
  public void correct(Terms terms) {
    apply(terms);
  }

  private void apply(Terms terms) {
    Location location = Objects.requireNonNull(terms.location(), "location");
    CareType careType = location.careType();
    Set<ContractDay> days = terms.days() == null ? Set.of() : terms.days();
    if (days.isEmpty()) {
      throw new BusinessException("contract.daysRequired").on("days");
    }
    for (ContractDay day : days) {
      if (day.dayPart().careType() != careType) {
        throw new BusinessException("contract.daysRequired").on("days");
      }
    }
    if (!location.organisation().id().equals(child.family().organisation().id())) {
      throw new IllegalArgumentException("a location of another organisation");
    }
    BigDecimal hours = positive(terms.hoursPerYear(), "contract.hoursInvalid", "hoursPerYear");
    BigDecimal rate = positive(terms.hourlyRate(), "contract.rateInvalid", "hourlyRate");
    FlexHours flexHours =
        (terms.flex() == null ? FlexHours.NONE : terms.flex()).requireFits(careType);
    this.location = location;
    this.careType = careType;
    // changed in place: a new set would make Hibernate delete and insert all day parts again
    Set<ContractDay> wanted = Set.copyOf(days);
    this.days.retainAll(wanted);
    this.days.addAll(wanted);
    this.hoursPerYear = hours;
    this.hourlyRate = rate;
    this.flex = flexHours;
    this.period = Objects.requireNonNull(terms.period(), "period");
  }

  /** Hours per year and rate: more than zero, in cents or hundredths of an hour at most. */
  private static BigDecimal positive(BigDecimal value, String key, String field) {
    if (value == null
        || value.signum() <= 0
        || value.stripTrailingZeros().scale() > 2
        || value.compareTo(new BigDecimal("99999")) > 0) {
      throw new BusinessException(key).on(field);
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * The contract ends on {@code lastDay} at the latest (one that ends earlier keeps its end).
   *
   * @throws IllegalArgumentException when it would end before it starts: such a contract is removed
   *     instead
   */
  public void endOn(LocalDate lastDay) {
    if (period.end() == null || period.end().isAfter(lastDay)) {
      this.period = new DateRange(period.start(), lastDay);
    }
  }

  /** The agreement as it stands. */
  public Terms terms() {
    return new Terms(location, Set.copyOf(days), hoursPerYear, hourlyRate, flex, period);
  }

  public FlexHours flex() {
    return flex;
  }

  /**
   * The nominal monthly amount: hours per year times rate, divided by twelve, rounded to cents. The
   * invoices bill this every month, except that when the annual amount does not divide by twelve
   * they spread the odd cents over the months so a year adds up exactly (billing's ContractCare).
   */
  public BigDecimal monthlyAmount() {
    return hoursPerYear
        .multiply(hourlyRate)
        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
  }

  /**
   * Whether the contract books this day part on the weekday of {@code day}, whatever the calendar
   * says: for what the contract says, not whether the care is there that day ({@link #booksOn}).
   */
  public boolean books(LocalDate day, nl.ouderportaal.domain.organisation.DayPart dayPart) {
    return isActiveOn(day) && days.contains(new ContractDay(day.getDayOfWeek(), dayPart));
  }

  /**
   * Whether the child comes by contract in this day part of a day at the location: the contract
   * books it and the location gives that care then. A BSO contract's before and after school care
   * is not there in school holidays and on study days, its holiday days only then; nothing is there
   * on a closing day.
   */
  public boolean booksOn(LocationCalendar.Day day, DayPart dayPart) {
    return LocationCalendar.offers(careType(), day, dayPart) && books(day.date(), dayPart);
  }

  public boolean isActiveOn(LocalDate day) {
    return period.contains(day);
  }

  /** The booked day parts, Monday first. */
  public List<ContractDay> days() {
    return days.stream()
        .sorted(Comparator.comparing(ContractDay::weekday).thenComparing(ContractDay::dayPart))
        .toList();
  }

  public UUID id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public Location location() {
    return location;
  }

  public CareType careType() {
    return careType;
  }

  public BigDecimal hoursPerYear() {
    return hoursPerYear;
  }

  public BigDecimal hourlyRate() {
    return hourlyRate;
  }

  public DateRange period() {
    return period;
  }
}
