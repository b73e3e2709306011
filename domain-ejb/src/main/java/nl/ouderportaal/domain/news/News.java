package nl.ouderportaal.domain.news;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.document.BlobInfo;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.document.FileNames;
import nl.ouderportaal.domain.document.PdfUpload;
import nl.ouderportaal.domain.family.ChildAccess;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Notifier;
import nl.ouderportaal.domain.notification.Recipient;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.Links;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Locatie': the service desk publishes news for one location or for all of them, optionally with a
 * newsletter (a PDF), revises and withdraws it; parents read the news of their children's locations
 * (see {@link Audience}), newest first, and download newsletters. Publishing tells every parent it
 * is for, in the portal and/or by e-mail as each chose for {@link Category#NEWS}. An item a caller
 * may not read does not exist for them.
 */
@Stateless
public class News {

  /** A news item as the pages show it. */
  public record Item(
      UUID id,
      String title,
      String text,
      String excerpt,
      Instant publishedAt,
      Instant revisedAt,
      UUID locationId,
      String locationName,
      String authorName,
      String newsletterFileName,
      boolean unread,
      Instant withdrawnAt)
      implements Serializable {

    /** For every location of the organisation, rather than one. */
    public boolean forEveryone() {
      return locationId == null;
    }

    public boolean hasNewsletter() {
      return newsletterFileName != null;
    }

    public boolean withdrawn() {
      return withdrawnAt != null;
    }
  }

  /** Some items of a list, and how many there are in all. */
  public record Page(List<Item> items, long total) implements Serializable {}

  /** A location the service desk can write for. */
  public record Place(UUID id, String name) implements Serializable {}

  /** A published item, and how many parents it was for. */
  public record Published(UUID id, int parents) implements Serializable {}

  /**
   * The items a parent may read, in a query of {@code NewsItem n} with its location joined as
   * {@code l}: {@link NewsItem#isFor} for the parent's {@code :locations} (never empty) in their
   * {@code :organisation}.
   */
  private static final String FOR_READER =
      " where n.organisation.id = :organisation and n.withdrawnAt is null"
          + " and (l is null or l.id in :locations)";

  static final int EXCERPT = 240;
  private static final int MAIL_EXCERPT = 400;
  private static final int MAX_PAGE = 50;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private ChildAccess access;
  @Inject private Audience audience;
  @Inject private Blobs blobs;
  @Inject private Notifier notifier;
  @Inject private Accounts accounts;
  @Inject private Links links;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Items {@code first} to {@code first + max} of the calling parent's news, newest first. */
  public Page mine(int first, int max) {
    Reader reader = reader();
    if (reader.locations().isEmpty()) {
      return new Page(List.of(), 0);
    }
    long total =
        em.createQuery(
                "select count(n) from NewsItem n left join n.location l" + FOR_READER, Long.class)
            .setParameter("organisation", reader.organisationId())
            .setParameter("locations", reader.locations())
            .getSingleResult();
    List<NewsItem> items =
        em.createQuery(
                "select n from NewsItem n left join fetch n.location l"
                    + FOR_READER
                    + " order by n.publishedAt desc, n.id",
                NewsItem.class)
            .setParameter("organisation", reader.organisationId())
            .setParameter("locations", reader.locations())
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
            .getResultList();
    Set<UUID> opened = opened(reader.parent().accountId(), items);
    Instant now = clock.instant();
    return new Page(
        items.stream()
            .map(n -> view(n, NewsItem.isNew(n.publishedAt(), opened.contains(n.id()), now)))
            .toList(),
        total);
  }

  /** How many items are new to the calling parent (for the menu's badge); 0 for anyone else. */
  public long newCount() {
    if (!currentUser.is(Role.PARENT)) {
      return 0;
    }
    Reader reader = reader();
    if (reader.locations().isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(n) from NewsItem n left join n.location l"
                + FOR_READER
                + " and n.publishedAt > :since"
                + " and not exists (select r from NewsRead r"
                + "   where r.key.newsItemId = n.id and r.key.accountId = :account)",
            Long.class)
        .setParameter("organisation", reader.organisationId())
        .setParameter("locations", reader.locations())
        .setParameter("since", clock.instant().minus(NewsItem.NEW_FOR))
        .setParameter("account", reader.parent().accountId())
        .getSingleResult();
  }

  /**
   * One item: for a parent it is for (which marks it read for them), or for the service desk of its
   * organisation (withdrawn ones too).
   */
  public Item read(UUID newsItemId) {
    NewsItem item = find(newsItemId);
    Optional<Parent> parent = parentReading(item);
    if (parent.isPresent()) {
      markRead(item, parent.get());
    } else {
      requireDeskOf(item.organisation());
    }
    return view(item, false);
  }

  /** How to answer a download of the item's newsletter, if the caller may read the item. */
  public FileDownload newsletter(UUID newsItemId) {
    Newsletter newsletter = newsletterOf(readable(newsItemId));
    BlobInfo blob = blobs.info(newsletter.blobId()).orElseThrow(NotFoundException::new);
    return new FileDownload(
        newsletter.fileName(), blob.contentType(), blob.sizeBytes(), blob.sha256());
  }

  /** Streams the item's newsletter to {@code out}, if the caller may read the item. */
  public void streamNewsletter(UUID newsItemId, OutputStream out) {
    blobs.streamTo(newsletterOf(readable(newsItemId)).blobId(), out);
  }

  /** The service desk's locations to write for, by name. */
  public List<Place> places() {
    currentUser.require(Role.SERVICEDESK);
    return em.createQuery(
            "select l from Location l where l.organisation.id = :organisation order by l.name",
            Location.class)
        .setParameter("organisation", access.staffOfCaller().organisation().id())
        .getResultStream()
        .map(l -> new Place(l.id(), l.name()))
        .toList();
  }

  /**
   * The service desk publishes news for one location ({@code locationId}) or for all of them
   * (null), with a newsletter when {@code newsletter} is given: a PDF (decided by its first bytes)
   * of at most {@link PdfUpload#MAX_BYTES}. Every parent it is for is told, the way they chose. A
   * refusal leaves nothing behind.
   *
   * @param fileName the name of the uploaded file (the download's name is made from it)
   * @param declaredSize the size the browser said, -1 when unknown; checked again while storing
   * @throws BusinessException {@code news.titleRequired}, {@code news.titleTooLong}, {@code
   *     news.textRequired}, {@code news.textTooLong}, {@code document.empty}, {@code
   *     document.notPdf}, {@code document.tooLarge} or {@code document.unreadable}
   */
  public Published publish(
      UUID locationId,
      String title,
      String text,
      String fileName,
      long declaredSize,
      InputStream newsletter) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    StaffMember desk = access.staffOfCaller();
    Organisation organisation = desk.organisation();
    Location location = null;
    if (locationId != null) {
      location = em.find(Location.class, locationId);
      if (location == null || !location.organisation().id().equals(organisation.id())) {
        throw new NotFoundException();
      }
    }
    NewsText content = new NewsText(title, text);
    content.requireTextUnless(newsletter != null);
    Newsletter pdf =
        newsletter == null ? null : store(content.title(), fileName, declaredSize, newsletter);
    NewsItem item =
        new NewsItem(organisation, location, content, pdf, actor, desk.fullName(), clock.instant());
    em.persist(item);
    int told = tell(item);
    audit.record(
        actor,
        "NEWS_PUBLISHED",
        "NEWS_ITEM",
        item.id(),
        (location == null ? "all locations" : location.name())
            + (pdf == null ? "" : ", newsletter")
            + ": "
            + item.title()
            + " ("
            + told
            + " parents)");
    return new Published(item.id(), told);
  }

  /**
   * The service desk corrects an item: its title and text, and its newsletter when a new one is
   * given (checked as in {@link #publish}). Parents are not told again.
   *
   * @throws BusinessException as {@link #publish}, or {@code news.withdrawn}
   */
  public void revise(
      UUID newsItemId,
      String title,
      String text,
      String fileName,
      long declaredSize,
      InputStream newsletter) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    NewsItem item = find(newsItemId);
    requireDeskOf(item.organisation());
    NewsText content = new NewsText(title, text);
    item.checkRevision(content, newsletter != null);
    Newsletter replacement =
        newsletter == null ? null : store(content.title(), fileName, declaredSize, newsletter);
    Newsletter replaced = item.revise(content, replacement, clock.instant());
    if (replaced != null) {
      em.flush();
      blobs.delete(replaced.blobId());
    }
    audit.record(
        actor,
        "NEWS_REVISED",
        "NEWS_ITEM",
        item.id(),
        item.title() + (replacement == null ? "" : ", new newsletter"));
  }

  /**
   * The service desk withdraws an item: no parent sees it or its newsletter any more.
   *
   * @throws BusinessException {@code news.withdrawn} when it was withdrawn already
   */
  public void withdraw(UUID newsItemId) {
    UUID actor = currentUser.require(Role.SERVICEDESK);
    NewsItem item = find(newsItemId);
    requireDeskOf(item.organisation());
    item.withdraw(clock.instant());
    audit.record(actor, "NEWS_WITHDRAWN", "NEWS_ITEM", item.id(), item.title());
  }

  /** Items {@code first} to {@code first + max} of the organisation, withdrawn ones too. */
  public List<Item> published(int first, int max) {
    currentUser.require(Role.SERVICEDESK);
    return em.createQuery(
            "select n from NewsItem n left join fetch n.location"
                + " where n.organisation.id = :organisation order by n.publishedAt desc, n.id",
            NewsItem.class)
        .setParameter("organisation", access.staffOfCaller().organisation().id())
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE))
        .getResultStream()
        .map(n -> view(n, false))
        .toList();
  }

  /** How many items the organisation has, withdrawn ones too. */
  public long publishedCount() {
    currentUser.require(Role.SERVICEDESK);
    return em.createQuery(
            "select count(n) from NewsItem n where n.organisation.id = :organisation", Long.class)
        .setParameter("organisation", access.staffOfCaller().organisation().id())
        .getSingleResult();
  }

  private Newsletter store(String title, String fileName, long declaredSize, InputStream content) {
    return new Newsletter(
        PdfUpload.store(blobs, declaredSize, content),
        FileNames.safe(fileName == null || fileName.isBlank() ? title : fileName));
  }

  /** Tells every parent the item is for, in their language, the way they chose. */
  private int tell(NewsItem item) {
    Collection<UUID> locations =
        item.location() == null
            ? audience.locationsOfOrganisation(item.organisation().id())
            : List.of(item.location().id());
    List<Parent> parents = audience.parentsAt(locations);
    boolean newsletter = item.newsletter() != null;
    String page = "/news-item.xhtml?id=" + item.id();
    for (Parent parent : parents) {
      Recipient recipient = accounts.recipient(parent.accountId());
      boolean english = "en".equals(recipient.language());
      String what =
          newsletter
              ? (english ? "Newsletter from " : "Nieuwsbrief van ")
              : (english ? "News from " : "Nieuws van ");
      notifier.notify(
          recipient,
          Category.NEWS,
          what + item.sender() + ": " + item.title(),
          page,
          newsletter ? "newsletter" : "news-item",
          Map.of(
              "name", parent.firstName(),
              "from", item.sender(),
              "title", item.title(),
              "excerpt", item.excerpt(MAIL_EXCERPT),
              "link", links.portal(page),
              "organisation", item.organisation().name()));
    }
    return parents.size();
  }

  /** The item, if the caller may read it: a parent it is for, or its organisation's desk. */
  private NewsItem readable(UUID newsItemId) {
    NewsItem item = find(newsItemId);
    if (parentReading(item).isEmpty()) {
      requireDeskOf(item.organisation());
    }
    return item;
  }

  private NewsItem find(UUID newsItemId) {
    NewsItem item = newsItemId == null ? null : em.find(NewsItem.class, newsItemId);
    if (item == null) {
      throw new NotFoundException();
    }
    return item;
  }

  /** The calling parent, if the item is for them. */
  private Optional<Parent> parentReading(NewsItem item) {
    if (!currentUser.is(Role.PARENT)) {
      return Optional.empty();
    }
    Reader reader = reader();
    boolean theirs =
        reader.organisationId().equals(item.organisation().id()) && item.isFor(reader.locations());
    return theirs ? Optional.of(reader.parent()) : Optional.empty();
  }

  private void requireDeskOf(Organisation organisation) {
    if (!currentUser.is(Role.SERVICEDESK)
        || !access.staffOfCaller().organisation().id().equals(organisation.id())) {
      throw new NotFoundException();
    }
  }

  private static Newsletter newsletterOf(NewsItem item) {
    if (item.newsletter() == null) {
      throw new NotFoundException();
    }
    return item.newsletter();
  }

  /**
   * Remembers that the parent opened the item. Two requests of one parent at once (a double tap)
   * would both find no mark and both insert one, and the second would fail on the primary key; so
   * the second waits for the first on the parent's row and then finds its mark.
   */
  private void markRead(NewsItem item, Parent parent) {
    NewsRead.Key key = new NewsRead.Key(item.id(), parent.accountId());
    if (em.find(NewsRead.class, key) != null) {
      return;
    }
    em.lock(parent, LockModeType.PESSIMISTIC_WRITE);
    if (em.find(NewsRead.class, key) == null) {
      em.persist(new NewsRead(item.id(), parent.accountId(), clock.instant()));
    }
  }

  private Set<UUID> opened(UUID accountId, List<NewsItem> items) {
    if (items.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select r.key.newsItemId from NewsRead r"
                    + " where r.key.accountId = :account and r.key.newsItemId in :items",
                UUID.class)
            .setParameter("account", accountId)
            .setParameter("items", items.stream().map(NewsItem::id).toList())
            .getResultList());
  }

  /** The calling parent, their organisation, and their children's locations today. */
  private Reader reader() {
    Parent parent = access.parentOfCaller();
    Family family = parent.family();
    return new Reader(parent, family.organisation().id(), audience.locationsOf(family));
  }

  private record Reader(Parent parent, UUID organisationId, Set<UUID> locations) {}

  private static Item view(NewsItem n, boolean unread) {
    Location location = n.location();
    return new Item(
        n.id(),
        n.title(),
        n.text(),
        n.excerpt(EXCERPT),
        n.publishedAt(),
        n.revisedAt(),
        location == null ? null : location.id(),
        location == null ? null : location.name(),
        n.authorName(),
        n.newsletter() == null ? null : n.newsletter().fileName(),
        unread,
        n.withdrawnAt());
  }
}
