package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.jpa.HibernateHints;

/** A school holiday, study day or closing day (or a run of them) on a location's calendar. */
@Entity
@Table(name = "calendar_day")
@NamedQuery(
    name = "CalendarDay.ofLocationBetween",
    query =
        "select d from CalendarDay d where d.location.id = :location and d.lastDay >= :from"
            + " and d.firstDay <= :to order by d.firstDay",
    hints = @QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class CalendarDay {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "location_id")
  private Location location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CalendarKind kind;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(nullable = false)
  private String name;

  protected CalendarDay() {}

  public CalendarDay(
      Location location, CalendarKind kind, LocalDate firstDay, LocalDate lastDay, String name) {
    this.id = UUID.randomUUID();
    this.location = Objects.requireNonNull(location, "location");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
    this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the last day is before the first");
    }
    this.name = Organisation.requireText(name, "name");
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  public UUID id() {
    return id;
  }

  public Location location() {
    return location;
  }

  public CalendarKind kind() {
    return kind;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public String name() {
    return name;
  }
}
