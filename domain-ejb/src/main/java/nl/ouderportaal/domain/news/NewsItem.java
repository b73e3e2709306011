package nl.ouderportaal.domain.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * A news item of the organisation: for one location, or (no location) for all of its locations. A
 * newsletter is a news item with a PDF attached.
 *
 * <p>Its life: the service desk publishes it (the parents it is for are told once, then); it can be
 * revised (a correction tells no one again) and withdrawn, after which no parent sees it any more.
 * A withdrawn item is kept, not deleted, so that the back-office still shows what was sent; it
 * cannot be revised or withdrawn again.
 */
@Entity
@Table(name = "news_item")
public class NewsItem {

  /** How long an item a parent has not opened yet counts as new. */
  public static final Duration NEW_FOR = Duration.ofDays(30);

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "location_id")
  private Location location;

  @Column(nullable = false)
  private String title;

  @Column(name = "body")
  private String text;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "author_id", nullable = false)
  private UUID authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Embedded private Newsletter newsletter;

  @Column(name = "revised_at")
  private Instant revisedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected NewsItem() {}

  /**
   * @param location the location it is for, or null for every location of the organisation
   * @param newsletter the PDF, or null for news without one
   * @throws BusinessException {@code news.textRequired} when there is neither text nor newsletter
   */
  public NewsItem(
      Organisation organisation,
      Location location,
      NewsText content,
      Newsletter newsletter,
      UUID authorId,
      String authorName,
      Instant now) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    if (location != null && !location.organisation().id().equals(organisation.id())) {
      throw new IllegalArgumentException("a location of another organisation");
    }
    Objects.requireNonNull(content, "content").requireTextUnless(newsletter != null);
    this.id = UUID.randomUUID();
    this.location = location;
    this.title = content.title();
    this.text = content.text();
    this.newsletter = newsletter;
    this.authorId = Objects.requireNonNull(authorId, "authorId");
    this.authorName = Objects.requireNonNull(authorName, "authorName");
    this.publishedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Corrects the title and text, and replaces the newsletter when {@code replacement} is given.
   *
   * @return the newsletter that was replaced (its blob is no longer needed), or null
   * @throws BusinessException {@code news.withdrawn}, or {@code news.textRequired}
   */
  public Newsletter revise(NewsText content, Newsletter replacement, Instant now) {
    checkRevision(content, replacement != null);
    Newsletter after = replacement != null ? replacement : newsletter;
    Newsletter replaced = replacement != null ? newsletter : null;
    this.title = content.title();
    this.text = content.text();
    this.newsletter = after;
    this.revisedAt = Objects.requireNonNull(now, "now");
    return replaced;
  }

  /**
   * Whether {@link #revise} would take this text, asked before a new newsletter is stored.
   *
   * @throws BusinessException {@code news.withdrawn}, or {@code news.textRequired}
   */
  public void checkRevision(NewsText content, boolean withNewNewsletter) {
    requireNotWithdrawn();
    content.requireTextUnless(withNewNewsletter || newsletter != null);
  }

  /**
   * No parent sees it any more.
   *
   * @throws BusinessException {@code news.withdrawn} when it was withdrawn already
   */
  public void withdraw(Instant now) {
    requireNotWithdrawn();
    this.withdrawnAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Whether a parent whose children are at {@code readersLocations} today may read it: an item of a
   * location for the parents of that location; an item for everyone for every parent who has a
   * child at any location of the organisation. (The organisation is checked by the caller.)
   */
  public boolean isFor(Set<UUID> readersLocations) {
    if (withdrawnAt != null || readersLocations.isEmpty()) {
      return false;
    }
    return location == null || readersLocations.contains(location.id());
  }

  /** Whether an item counts as new to a parent: not opened yet, and recent. */
  public static boolean isNew(Instant publishedAt, boolean opened, Instant now) {
    return !opened && publishedAt.isAfter(now.minus(NEW_FOR));
  }

  /**
   * The start of the text on one line, for a list: whole words up to {@code max} characters, with
   * an ellipsis when there is more.
   */
  public String excerpt(int max) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ");
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    return (cut > max / 2 ? flat.substring(0, cut) : flat.substring(0, max - 1)).strip() + "…";
  }

  /** Where it comes from for its readers: the location's name, or the organisation's. */
  public String sender() {
    return location == null ? organisation.name() : location.name();
  }

  private void requireNotWithdrawn() {
    if (withdrawnAt != null) {
      throw new BusinessException("news.withdrawn");
    }
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  /** The location it is for, or null when it is for every location. */
  public Location location() {
    return location;
  }

  public String title() {
    return title;
  }

  /** The text, or null when the newsletter says it all. */
  public String text() {
    return text;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public UUID authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  /** The newsletter, or null. */
  public Newsletter newsletter() {
    return newsletter;
  }

  public Instant revisedAt() {
    return revisedAt;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }
}
