package nl.ouderportaal.domain.diary;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.platform.BusinessException;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** Photos of a group put together, per activity or per month. */
@Entity
@Table(name = "album")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Album {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  private Group group;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private UUID createdBy;

  protected Album() {}

  public Album(Group group, String name, UUID createdBy, Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      throw new BusinessException("album.nameInvalid").on("albumName");
    }
    this.id = UUID.randomUUID();
    this.group = Objects.requireNonNull(group, "group");
    this.name = name.strip();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    // as the database keeps it (microseconds): the second-level cache gives back what was stored
    // here
    this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public UUID id() {
    return id;
  }

  public Group group() {
    return group;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
