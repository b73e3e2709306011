package nl.ouderportaal.domain.diary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.document.BlobInfo;
import nl.ouderportaal.domain.document.Blobs;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.CurrentUser;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.Role;
import org.hibernate.Session;

/**
 * Photos of the groups and albums: group workers add them with the children in them tagged; parents
 * see the ones the consents allow (see {@link PhotoRules}); every photo is served only after this
 * boundary said yes, by id, never by a public address.
 */
@Stateless
public class Photos {

  /** An album as the pages list it. */
  public record AlbumView(
      UUID id, String name, String group, Instant createdAt, int photos, UUID cover)
      implements Serializable {}

  /** A photo's stored rendition, for the photo servlet: content type, length, ETag. */
  public record Served(String contentType, long size, String etag) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Inject private Viewer viewer;
  @Inject private PhotoStore photoStore;
  @Inject private Blobs blobs;
  @Inject private CurrentUser currentUser;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * A group worker adds photos to their group, in an album (an existing one, or a new one by name,
   * or none), with the children in them; a refused photo refuses all of them.
   */
  public int upload(
      UUID groupId,
      UUID albumId,
      String newAlbum,
      Set<UUID> children,
      String caption,
      List<InputStream> uploads) {
    UUID by = currentUser.require(Role.STAFF);
    Group group = viewer.group(groupId);
    if (uploads.isEmpty()) {
      throw new BusinessException("photo.noneChosen").on("photos");
    }
    if (uploads.size() > 20) {
      throw new BusinessException("photo.tooMany", 20).on("photos");
    }
    if (caption != null && caption.strip().length() > Photo.MAX_CAPTION) {
      throw new BusinessException("photo.captionTooLong", Photo.MAX_CAPTION).on("caption");
    }
    Set<UUID> inGroup = childrenOf(group);
    if (!inGroup.containsAll(children)) {
      throw new NotFoundException();
    }
    Instant now = clock.instant();
    Album album = null;
    if (newAlbum != null && !newAlbum.isBlank()) {
      album = new Album(group, newAlbum, by, now);
      em.persist(album);
    } else if (albumId != null) {
      album = em.find(Album.class, albumId);
      if (album == null || !album.group().id().equals(group.id())) {
        throw new NotFoundException();
      }
    }
    for (InputStream upload : uploads) {
      em.persist(Photo.ofGroup(group, album, children, caption, photoStore.store(upload), by, now));
    }
    audit.record(
        by,
        "PHOTOS_ADDED",
        "GROUP",
        group.id(),
        uploads.size() + " photos, " + children.size() + " children tagged");
    return uploads.size();
  }

  /** The children placed in a group today, to tag in a photo: id and name. */
  public Map<UUID, String> taggable(UUID groupId) {
    Group group = viewer.group(groupId);
    return em.createNamedQuery("Placement.currentInGroups", Placement.class)
        .setParameter("groups", List.of(group.id()))
        .setParameter("day", LocalDate.now(clock))
        .getResultStream()
        .collect(
            Collectors.toMap(
                p -> p.child().id(),
                p -> p.child().fullName(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  /** The groups the caller may look into, with their names. */
  public Map<UUID, String> groups() {
    Set<UUID> ids = viewer.groups();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select g from Group g where g.id in :ids order by g.name", Group.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(
            Collectors.toMap(Group::id, Group::name, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The largest page of albums given at once. */
  public static final int MAX_ALBUM_PAGE = 100;

  /**
   * The albums of the caller's groups, newest first, with the number of photos the caller sees; for
   * a parent only the albums with photos of the days their children were in the group ({@link
   * PhotoDays}).
   */
  public List<AlbumView> albums() {
    Set<UUID> groups = viewer.photoGroups();
    if (groups.isEmpty()) {
      return List.of();
    }
    if (viewer.isParent()) {
      return albumsOfTheirDays(groups);
    }
    return views(albumsOf(groups).getResultList(), false);
  }

  /**
   * A page of the albums of the caller's groups, newest first: only the page's albums have their
   * photos read, to count what the caller sees (for a parent, who has few, all of them).
   */
  public List<AlbumView> albums(int first, int max) {
    Set<UUID> groups = viewer.photoGroups();
    if (groups.isEmpty()) {
      return List.of();
    }
    int from = Math.max(first, 0);
    int size = Math.min(Math.max(max, 1), MAX_ALBUM_PAGE);
    if (viewer.isParent()) {
      List<AlbumView> all = albumsOfTheirDays(groups);
      return all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
    }
    return views(albumsOf(groups).setFirstResult(from).setMaxResults(size).getResultList(), false);
  }

  /** How many albums the caller's groups have (for a parent, as {@link #albums()} lists them). */
  public long albumCount() {
    Set<UUID> groups = viewer.photoGroups();
    if (groups.isEmpty()) {
      return 0;
    }
    if (viewer.isParent()) {
      return albumsOfTheirDays(groups).size();
    }
    return em.createQuery("select count(a) from Album a where a.group.id in :groups", Long.class)
        .setParameter("groups", groups)
        .getSingleResult();
  }

  /** The calling parent's albums: those with at least one photo of their children's days. */
  private List<AlbumView> albumsOfTheirDays(Set<UUID> groups) {
    return views(albumsOf(groups).getResultList(), true);
  }

  /**
   * The albums as the list shows them, with what the caller sees of their photos (read in one query
   * for all of them); {@code ofTheirDays}: only those with a photo of the calling parent's days.
   */
  private List<AlbumView> views(List<Album> albums, boolean ofTheirDays) {
    if (albums.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Photo>> photos =
        em
            .createQuery(
                "select p from Photo p where p.album in :albums order by p.uploadedAt, p.id",
                Photo.class)
            .setParameter("albums", albums)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(p -> p.album().id()));
    Set<Photo> visible =
        new HashSet<>(viewer.visible(photos.values().stream().flatMap(List::stream).toList()));
    PhotoDays days = ofTheirDays ? viewer.photoDays() : null;
    List<AlbumView> views = new ArrayList<>();
    for (Album album : albums) {
      List<Photo> all = photos.getOrDefault(album.id(), List.of());
      if (ofTheirDays
          && all.stream().noneMatch(p -> days.covers(album.group().id(), viewer.dayOf(p)))) {
        continue;
      }
      List<Photo> seen = all.stream().filter(visible::contains).toList();
      views.add(
          new AlbumView(
              album.id(),
              album.name(),
              album.group().name(),
              album.createdAt(),
              seen.size(),
              seen.isEmpty() ? null : seen.get(0).id()));
    }
    return views;
  }

  /** One album of the caller's groups, as the list shows it. */
  public AlbumView albumView(UUID albumId) {
    return view(readableAlbum(albumId));
  }

  /** The names of a group's albums, newest first, to add photos to; no photo is read. */
  public Map<UUID, String> albumNames(UUID groupId) {
    if (groupId == null || !viewer.groups().contains(groupId)) {
      throw new NotFoundException();
    }
    return em.createQuery(
            "select a from Album a where a.group.id = :group order by a.createdAt desc, a.id",
            Album.class)
        .setParameter("group", groupId)
        .getResultStream()
        .collect(
            Collectors.toMap(Album::id, Album::name, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private TypedQuery<Album> albumsOf(Set<UUID> groups) {
    return em.createQuery(
            "select a from Album a join fetch a.group where a.group.id in :groups"
                + " order by a.createdAt desc, a.id",
            Album.class)
        .setParameter("groups", groups);
  }

  private AlbumView view(Album album) {
    List<Photo> visible = viewer.visible(photosOf(album));
    return new AlbumView(
        album.id(),
        album.name(),
        album.group().name(),
        album.createdAt(),
        visible.size(),
        visible.isEmpty() ? null : visible.get(0).id());
  }

  private Album readableAlbum(UUID albumId) {
    Album album = albumId == null ? null : em.find(Album.class, albumId);
    if (album == null || !viewer.photoGroups().contains(album.group().id())) {
      throw new NotFoundException();
    }
    return album;
  }

  /** The photos of an album that the caller may see. */
  public List<PhotoRef> album(UUID albumId) {
    return refs(viewer.visible(photosOf(readableAlbum(albumId))));
  }

  public String albumName(UUID albumId) {
    return readableAlbum(albumId).name();
  }

  /** The latest photos with the caller's own children in them (diary and group photos). */
  public List<PhotoRef> latestOfMyChildren(int max) {
    List<UUID> own = viewer.ownChildren().stream().map(Child::id).toList();
    if (own.isEmpty()) {
      return List.of();
    }
    List<Photo> candidates =
        em.createQuery(
                "select distinct p from Photo p join p.tagged t where t in :children order by p.uploadedAt desc",
                Photo.class)
            .setParameter("children", own)
            .setMaxResults(max * 3)
            .getResultList();
    return refs(viewer.visible(candidates).stream().limit(max).toList());
  }

  /** What the photo servlet needs to answer, after checking that the caller may see the photo. */
  public Served serve(UUID photoId, Photo.Size size) {
    Photo photo = visiblePhoto(photoId);
    BlobInfo info = blobs.info(photo.blob(size)).orElseThrow(NotFoundException::new);
    return new Served(info.contentType(), info.sizeBytes(), info.sha256());
  }

  /** Streams the photo to {@code out}, after checking that the caller may see it. */
  public void stream(UUID photoId, Photo.Size size, OutputStream out) {
    blobs.streamTo(visiblePhoto(photoId).blob(size), out);
  }

  /** The visible photos of an album as one ZIP, streamed. */
  public void zipAlbum(UUID albumId, OutputStream out) {
    Album album = em.find(Album.class, albumId);
    List<PhotoRef> photos = album(albumId);
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      int n = 1;
      for (PhotoRef ref : photos) {
        zip.putNextEntry(new ZipEntry(String.format("%s-%03d.jpg", safe(album.name()), n++)));
        blobs.streamTo(em.find(Photo.class, ref.id()).blob(Photo.Size.WEB), new NonClosing(zip));
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        currentUser.requireAccountId(),
        "ALBUM_DOWNLOADED",
        "ALBUM",
        albumId,
        photos.size() + " photos");
  }

  private Photo visiblePhoto(UUID photoId) {
    Photo photo = photoId == null ? null : em.find(Photo.class, photoId);
    if (photo == null || !viewer.sees(photo)) {
      throw new NotFoundException();
    }
    return photo;
  }

  private List<Photo> photosOf(Album album) {
    return em.createQuery(
            "select p from Photo p where p.album = :album order by p.uploadedAt, p.id", Photo.class)
        .setParameter("album", album)
        .getResultList();
  }

  private Set<UUID> childrenOf(Group group) {
    return new HashSet<>(
        em.createNamedQuery("Placement.currentInGroups", Placement.class)
            .setParameter("groups", List.of(group.id()))
            .setParameter("day", LocalDate.now(clock))
            .getResultStream()
            .map(p -> p.child().id())
            .toList());
  }

  private List<PhotoRef> refs(List<Photo> photos) {
    Set<UUID> tagged =
        photos.stream().flatMap(p -> p.tagged().stream()).collect(Collectors.toSet());
    Map<UUID, String> names =
        tagged.isEmpty()
            ? Map.of()
            // by id, so that the children come from the second-level cache
            : em
                .unwrap(Session.class)
                .byMultipleIds(Child.class)
                .multiLoad(List.copyOf(tagged))
                .stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Child::id, Child::firstName));
    Function<Photo, List<String>> namesOf =
        p -> p.tagged().stream().map(id -> names.getOrDefault(id, "")).sorted().toList();
    return photos.stream()
        .map(
            p ->
                new PhotoRef(
                    p.id(),
                    p.webWidth(),
                    p.webHeight(),
                    p.caption(),
                    p.uploadedAt(),
                    namesOf.apply(p)))
        .toList();
  }

  private static String safe(String name) {
    String safe = name.replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
    return safe.isEmpty() ? "album" : safe;
  }

  /** Keeps a blob copy from closing the ZIP it writes into. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
