package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A KDV stamgroep or BSO basisgroep: the children of an age range at one location, at most {@code
 * capacity} of them per day part.
 */
@Entity
@Table(name = "care_group")
public class Group {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "location_id")
  private Location location;

  @Column(nullable = false)
  private String name;

  @Column(name = "min_age_months", nullable = false)
  private int minAgeMonths;

  @Column(name = "max_age_months", nullable = false)
  private int maxAgeMonths;

  @Column(nullable = false)
  private int capacity;

  protected Group() {}

  public Group(Location location, String name, int minAgeMonths, int maxAgeMonths, int capacity) {
    if (minAgeMonths < 0 || maxAgeMonths <= minAgeMonths) {
      throw new IllegalArgumentException(
          "age range " + minAgeMonths + "-" + maxAgeMonths + " months is empty");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.id = UUID.randomUUID();
    this.location = Objects.requireNonNull(location, "location");
    this.name = Organisation.requireText(name, "name");
    this.minAgeMonths = minAgeMonths;
    this.maxAgeMonths = maxAgeMonths;
    this.capacity = capacity;
  }

  public void changeCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  public UUID id() {
    return id;
  }

  public Location location() {
    return location;
  }

  public String name() {
    return name;
  }

  public int minAgeMonths() {
    return minAgeMonths;
  }

  public int maxAgeMonths() {
    return maxAgeMonths;
  }

  public int capacity() {
    return capacity;
  }
}
