package nl.ouderportaal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A notification shown in the portal, until its owner has read it. */
@Entity
@Table(name = "portal_notification")
@NamedQuery(
    name = "PortalNotification.ofAccount",
    query =
        "select n from PortalNotification n where n.accountId = :account order by n.createdAt desc")
public class PortalNotification {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  @Column(nullable = false)
  private String title;

  @Column private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected PortalNotification() {}

  PortalNotification(UUID accountId, Category category, String title, String link, Instant now) {
    this.id = UUID.randomUUID();
    this.accountId = Objects.requireNonNull(accountId);
    this.category = Objects.requireNonNull(category);
    this.title = title.length() > 300 ? title.substring(0, 300) : title;
    this.link = link;
    this.createdAt = now;
  }

  void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public Category category() {
    return category;
  }

  public String title() {
    return title;
  }

  public String link() {
    return link;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
