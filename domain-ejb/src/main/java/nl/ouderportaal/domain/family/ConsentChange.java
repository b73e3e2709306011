package nl.ouderportaal.domain.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Consent given or withdrawn for one purpose of one child, by whom and when. Never changed: the
 * latest change per purpose is the consent now, and all of them together prove it.
 */
@Entity
@Table(name = "consent_change")
@NamedQuery(
    name = "ConsentChange.ofChild",
    query = "select c from ConsentChange c where c.child = :child order by c.changedAt desc, c.id")
public class ConsentChange {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "child_id")
  private Child child;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Column(nullable = false)
  private boolean granted;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by_id")
  private UUID changedById;

  @Column(name = "changed_by_name", nullable = false)
  private String changedByName;

  protected ConsentChange() {}

  public ConsentChange(
      Child child,
      ConsentPurpose purpose,
      boolean granted,
      Instant changedAt,
      UUID changedById,
      String changedByName) {
    this.id = UUID.randomUUID();
    this.child = Objects.requireNonNull(child, "child");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.granted = granted;
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    this.changedById = changedById;
    this.changedByName = Text.require(changedByName, "changedByName");
  }

  public Child child() {
    return child;
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public boolean granted() {
    return granted;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedByName() {
    return changedByName;
  }
}
