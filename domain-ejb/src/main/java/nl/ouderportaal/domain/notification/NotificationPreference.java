package nl.ouderportaal.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Someone's choice for one category; without one, the category's default holds. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  /** The account and the category. */
  @Embeddable
  public record Key(
      @Column(name = "account_id") UUID accountId,
      @Enumerated(EnumType.STRING) @Column(name = "category") Category category)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  protected NotificationPreference() {}

  NotificationPreference(UUID accountId, Category category, Channel channel) {
    this.key = new Key(Objects.requireNonNull(accountId), Objects.requireNonNull(category));
    this.channel = Objects.requireNonNull(channel);
  }

  void choose(Channel channel) {
    this.channel = Objects.requireNonNull(channel);
  }

  public Category category() {
    return key.category();
  }

  public Channel channel() {
    return channel;
  }
}
