package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A KDV stamgroep or BSO basisgroep: the children of an age range at one location, at most a number
 * of them in each day part of the location's care type, within the legal caps of {@link GroupCaps}.
 */
@Entity
@Table(name = "care_group")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
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

  @ElementCollection
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "group_capacity", joinColumns = @JoinColumn(name = "group_id"))
  @MapKeyColumn(name = "day_part")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "capacity", nullable = false)
  private Map<DayPart, Integer> capacities = new HashMap<>();

  protected Group() {}

  /** A group that takes the same number of children in every day part. */
  public Group(Location location, String name, int minAgeMonths, int maxAgeMonths, int capacity) {
    this(location, name, minAgeMonths, maxAgeMonths, same(location.careType(), capacity));
  }

  public Group(
      Location location,
      String name,
      int minAgeMonths,
      int maxAgeMonths,
      Map<DayPart, Integer> capacities) {
    this.id = UUID.randomUUID();
    this.location = Objects.requireNonNull(location, "location");
    change(name, minAgeMonths, maxAgeMonths, capacities);
  }

  /** The same number for every day part of the care type. */
  public static Map<DayPart, Integer> same(CareType careType, int capacity) {
    Map<DayPart, Integer> all = new EnumMap<>(DayPart.class);
    for (DayPart part : DayPart.of(careType)) {
      all.put(part, capacity);
    }
    return all;
  }

  /**
   * Name, age range and capacity per day part; whether the children placed now still fit is the
   * boundary's to check.
   *
   * @throws BusinessException {@code group.nameRequired}, {@code group.agesInvalid} or {@code
   *     group.capacityInvalid} / {@code group.capacityOverCap} (with the day part and the cap)
   */
  public void change(
      String name, int minAgeMonths, int maxAgeMonths, Map<DayPart, Integer> capacities) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("group.nameRequired").on("name");
    }
    CareType careType = location.careType();
    GroupCaps.requireAges(careType, minAgeMonths, maxAgeMonths);
    int cap = GroupCaps.maximum(careType, minAgeMonths, maxAgeMonths);
    Map<DayPart, Integer> checked = new EnumMap<>(DayPart.class);
    for (DayPart part : DayPart.of(careType)) {
      Integer capacity = capacities == null ? null : capacities.get(part);
      if (capacity == null || capacity < 1) {
        throw new BusinessException("group.capacityInvalid", part.name()).on("capacity");
      }
      if (capacity > cap) {
        throw new BusinessException("group.capacityOverCap", part.name(), cap).on("capacity");
      }
      checked.put(part, capacity);
    }
    this.name = name.strip();
    this.minAgeMonths = minAgeMonths;
    this.maxAgeMonths = maxAgeMonths;
    this.capacities.clear();
    this.capacities.putAll(checked);
  }

  /** The same capacity in every day part, within the caps. */
  public void changeCapacity(int capacity) {
    change(name, minAgeMonths, maxAgeMonths, same(location.careType(), capacity));
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

  /** How many children the group takes in a day part; 0 for a day part of the other care type. */
  public int capacity(DayPart dayPart) {
    return capacities.getOrDefault(dayPart, 0);
  }

  /** The capacity of every day part of the location's care type. */
  public Map<DayPart, Integer> capacities() {
    Map<DayPart, Integer> copy = new EnumMap<>(DayPart.class);
    copy.putAll(capacities);
    return Collections.unmodifiableMap(copy);
  }

  /** The largest capacity of its day parts: the size of the group. */
  public int capacity() {
    return capacities.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
