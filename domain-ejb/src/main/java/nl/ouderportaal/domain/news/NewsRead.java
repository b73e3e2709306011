package nl.ouderportaal.domain.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A parent opened a news item (the first time; later visits change nothing). */
@Entity
@Table(name = "news_read")
public class NewsRead {

  /** The item and the parent's account. */
  @Embeddable
  public record Key(
      @Column(name = "news_item_id") UUID newsItemId, @Column(name = "account_id") UUID accountId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected NewsRead() {}

  NewsRead(UUID newsItemId, UUID accountId, Instant now) {
    this.key = new Key(Objects.requireNonNull(newsItemId), Objects.requireNonNull(accountId));
    this.readAt = Objects.requireNonNull(now);
  }
}
