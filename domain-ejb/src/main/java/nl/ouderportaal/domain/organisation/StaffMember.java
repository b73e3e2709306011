package nl.ouderportaal.domain.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * An employee of the organisation with a back-office login: a group worker works in one or more
 * groups and sees only those; the service desk has no groups and sees the organisation.
 */
@Entity
@Table(name = "staff_member")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(
    name = "StaffMember.findByAccount",
    query = "select s from StaffMember s where s.accountId = :accountId")
public class StaffMember {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "account_id", nullable = false, unique = true)
  private UUID accountId;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @ManyToMany
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @JoinTable(
      name = "staff_group",
      joinColumns = @JoinColumn(name = "staff_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  private Set<Group> groups = new HashSet<>();

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  protected StaffMember() {}

  public StaffMember(Organisation organisation, UUID accountId, String firstName, String lastName) {
    this.id = UUID.randomUUID();
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.firstName = Organisation.requireText(firstName, "firstName");
    this.lastName = Organisation.requireText(lastName, "lastName");
  }

  public void workIn(Group group) {
    if (!group.location().organisation().id().equals(organisation.id())) {
      throw new IllegalArgumentException("a group of another organisation");
    }
    groups.add(group);
  }

  /** The groups they work in from now on (all of their own organisation). */
  public void workIn(Set<Group> newGroups) {
    for (Group group : newGroups) {
      if (!group.location().organisation().id().equals(organisation.id())) {
        throw new IllegalArgumentException("a group of another organisation");
      }
    }
    groups.clear();
    groups.addAll(newGroups);
  }

  /**
   * They left: no groups any more (their account is blocked by the boundary). What they wrote keeps
   * their name, which diary entries and messages hold themselves.
   */
  public void deactivate(Instant now) {
    if (deactivatedAt == null) {
      deactivatedAt = Objects.requireNonNull(now, "now");
    }
    groups.clear();
  }

  /** Back at work, without groups until they are given some. */
  public void reactivate() {
    deactivatedAt = null;
  }

  public boolean isActive() {
    return deactivatedAt == null;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }

  public void rename(String firstName, String lastName) {
    this.firstName = Organisation.requireText(firstName, "firstName");
    this.lastName = Organisation.requireText(lastName, "lastName");
  }

  public boolean worksIn(Group group) {
    return groups.stream().anyMatch(g -> g.id().equals(group.id()));
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public UUID accountId() {
    return accountId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public Set<Group> groups() {
    return Set.copyOf(groups);
  }
}
