package nl.ouderportaal.domain.family;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.platform.DateRange;

/** A child belongs to a group for a period. */
@Entity
@Table(name = "placement")
@NamedQuery(
    name = "Placement.currentOfChildren",
    query =
        "select p from Placement p join fetch p.group g join fetch g.location"
            + " where p.child.id in :children and p.period.start <= :day"
            + " and (p.period.end is null or p.period.end >= :day)")
@NamedQuery(
    name = "Placement.currentInGroups",
    query =
        "select p from Placement p join fetch p.child join fetch p.group g"
            + " where g.id in :groups and p.period.start <= :day"
            + " and (p.period.end is null or p.period.end >= :day)"
            + " order by g.name, p.child.firstName")
@NamedQuery(
    name = "Placement.countCurrentOfChildInGroups",
    query =
        "select count(p) from Placement p where p.child.id = :child and p.group.id in :groups"
            + " and p.period.start <= :day and (p.period.end is null or p.period.end >= :day)")
@NamedQuery(
    name = "Placement.ofChildOn",
    query =
        "select p from Placement p join fetch p.group g join fetch g.location"
            + " where p.child = :child and p.period.start <= :day"
            + " and (p.period.end is null or p.period.end >= :day)")
public class Placement {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  private Group group;

  @Embedded private DateRange period;

  protected Placement() {}

  public Placement(Child child, Group group, DateRange period) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    this.group = Objects.requireNonNull(group, "group");
    this.period = Objects.requireNonNull(period, "period");
    if (!group.location().organisation().id().equals(child.family().organisation().id())) {
      throw new IllegalArgumentException("a group of another organisation");
    }
  }

  /**
   * The child leaves the group after {@code lastDay} (a placement that ends earlier keeps its end).
   */
  public void endOn(LocalDate lastDay) {
    if (period.end() == null || period.end().isAfter(lastDay)) {
      this.period = new DateRange(period.start(), lastDay);
    }
  }

  /** Corrects the period (the import brings the old system's changed placement). */
  public void correct(Group group, DateRange period) {
    if (!group.location().organisation().id().equals(child.family().organisation().id())) {
      throw new IllegalArgumentException("a group of another organisation");
    }
    this.group = group;
    this.period = Objects.requireNonNull(period, "period");
  }

  public boolean isCurrentOn(LocalDate day) {
    return period.contains(day);
  }

  public UUID id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public Group group() {
    return group;
  }

  public DateRange period() {
    return period;
  }
}
