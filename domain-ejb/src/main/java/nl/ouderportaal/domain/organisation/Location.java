package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One registered childcare site for one care type. A building with both KDV and BSO is two
 * locations, as it has two LRK registrations; the LRK number goes on every invoice and annual
 * statement.
 */
@Entity
@Table(name = "location")
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

  /** LRK numbers are nine digits. */
  static String requireLrkNumber(String lrkNumber) {
    Objects.requireNonNull(lrkNumber, "lrkNumber");
    if (!lrkNumber.matches("[0-9]{9}")) {
      throw new IllegalArgumentException("an LRK number has nine digits: " + lrkNumber);
    }
    return lrkNumber;
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
