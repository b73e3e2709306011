package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * One registered childcare site for one care type. A building with both KDV and BSO is two
 * locations, as it has two LRK registrations; the LRK number goes on every invoice and annual
 * statement.
 */
@Entity
@Table(name = "location")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Location {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  private String name;

  @Embedded private Address address;

  @Column(name = "lrk_number", nullable = false)
  private String lrkNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "care_type", nullable = false)
  private CareType careType;

  @Column(name = "opens_at", nullable = false)
  private LocalTime opensAt = LocalTime.of(7, 30);

  @Column(name = "closes_at", nullable = false)
  private LocalTime closesAt = LocalTime.of(18, 30);

  @Convert(converter = Weekdays.class)
  @Column(name = "opening_days", nullable = false)
  private Set<DayOfWeek> openingDays = EnumSet.copyOf(Weekdays.WORKING_WEEK);

  protected Location() {}

  public Location(
      Organisation organisation,
      String name,
      Address address,
      String lrkNumber,
      CareType careType) {
    this.id = UUID.randomUUID();
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.name = Organisation.requireText(name, "name");
    this.address = Objects.requireNonNull(address, "address");
    this.lrkNumber = requireLrkNumber(lrkNumber);
    this.careType = Objects.requireNonNull(careType, "careType");
  }

  /**
   * LRK numbers, the registration numbers of the Landelijk Register Kinderopvang, are nine digits
   * (e.g. 190004836); spaces and dots that people type between the digits are left out.
   *
   * @throws BusinessException {@code location.lrkInvalid} on field {@code lrkNumber}
   */
  public static String requireLrkNumber(String lrkNumber) {
    String digits = lrkNumber == null ? "" : lrkNumber.replaceAll("[\\s.]", "");
    if (!digits.matches("[0-9]{9}")) {
      throw new BusinessException("location.lrkInvalid", lrkNumber == null ? "" : lrkNumber)
          .on("lrkNumber");
    }
    return digits;
  }

  /** The service desk corrects the name, the address or the LRK number. */
  public void change(String name, Address address, String lrkNumber) {
    this.name = Organisation.requireText(name, "name");
    this.address = Objects.requireNonNull(address, "address");
    this.lrkNumber = requireLrkNumber(lrkNumber);
  }

  /**
   * The care type of a location without groups or contracts yet (the boundary checks that): a
   * location with children in it keeps its type, as its LRK registration does.
   */
  public void changeCareType(CareType careType) {
    this.careType = Objects.requireNonNull(careType, "careType");
  }

  /**
   * The weekdays the location is open: at least one, Monday to Friday.
   *
   * @throws BusinessException {@code location.openingDaysInvalid}
   */
  public void changeOpeningDays(Set<DayOfWeek> days) {
    if (days == null || days.isEmpty() || !Weekdays.WORKING_WEEK.containsAll(days)) {
      throw new BusinessException("location.openingDaysInvalid").on("openingDays");
    }
    this.openingDays = EnumSet.copyOf(days);
  }

  /** Whether the location opens on this weekday (closing days of its calendar aside). */
  public boolean opensOn(DayOfWeek weekday) {
    return openingDays.contains(weekday);
  }

  public Set<DayOfWeek> openingDays() {
    return EnumSet.copyOf(openingDays);
  }

  /** The location opens and closes at the same time every weekday; closed in the weekend. */
  public void changeOpeningHours(LocalTime opensAt, LocalTime closesAt) {
    if (!opensAt.isBefore(closesAt)) {
      throw new IllegalArgumentException("opens " + opensAt + " after it closes " + closesAt);
    }
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  public LocalTime opensAt() {
    return opensAt;
  }

  public LocalTime closesAt() {
    return closesAt;
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public Address address() {
    return address;
  }

  public String lrkNumber() {
    return lrkNumber;
  }

  public CareType careType() {
    return careType;
  }
}
