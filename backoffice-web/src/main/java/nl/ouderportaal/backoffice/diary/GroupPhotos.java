package nl.ouderportaal.backoffice.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.backoffice.platform.Uploads;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 'Foto's': a group worker adds photos to one of their groups ({@code ?group=<id>}, the first when
 * none is chosen), ticks the children in them and puts them in an album; below, the albums of their
 * groups, paged in the boundary, one of them opened ({@code &album=<id>}).
 */
@Named
@ViewScoped
public class GroupPhotos implements Serializable {

  /** An option of a list: what is sent, and what the worker reads. */
  public record Choice(String value, String label) implements Serializable {}

  private static final String FORM = "upload";

  @Inject private Photos photos;
  @Inject private ExternalContext external;

  private Map<UUID, String> groups;
  private List<Choice> groupChoices;
  private UUID groupId;
  private List<Choice> taggable = List.of();
  private final LazyDataModel<Photos.AlbumView> albums =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) photos.albumCount();
        }

        @Override
        public List<Photos.AlbumView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return photos.albums(first, pageSize);
        }

        @Override
        public String getRowKey(Photos.AlbumView album) {
          return album.id().toString();
        }
      };
  private List<Choice> albumChoices = List.of();
  private Photos.AlbumView shown;
  private List<PhotoRef> shownPhotos = List.of();

  private List<String> tagged = new ArrayList<>();
  private String albumId;
  private String albumName;
  private String caption;

  /** The chosen files; a Part lives only during its request, so never kept with the view. */
  private transient List<Part> files;

  @PostConstruct
  void load() {
    groups = photos.groups();
    groupChoices =
        groups.entrySet().stream()
            .map(g -> new Choice(g.getKey().toString(), g.getValue()))
            .toList();
    Map<String, String> parameters = external.getRequestParameterMap();
    String group = parameters.get("group");
    if (group != null) {
      groupId = id(group);
      if (!groups.containsKey(groupId)) {
        throw new NotFoundException();
      }
    } else if (!groups.isEmpty()) {
      groupId = groups.keySet().iterator().next();
    }
    if (groupId != null) {
      taggable =
          photos.taggable(groupId).entrySet().stream()
              .map(c -> new Choice(c.getKey().toString(), c.getValue()))
              .toList();
      albumChoices =
          photos.albumNames(groupId).entrySet().stream()
              .map(a -> new Choice(a.getKey().toString(), a.getValue()))
              .toList();
    }
    String album = parameters.get("album");
    if (album != null) {
      UUID id = id(album);
      shown = photos.albumView(id);
      shownPhotos = photos.album(id);
    }
  }

  /**
   * Adds the photos, and shows the page again (after a redirect, so that reloading does not add
   * them twice). A refused photo refuses all of them; what was typed and ticked stays.
   */
  public String upload() {
    Set<UUID> children = tagged.stream().map(UUID::fromString).collect(Collectors.toSet());
    UUID album = albumId == null || albumId.isBlank() ? null : UUID.fromString(albumId);
    int added;
    try (Uploads uploads = Uploads.of(files)) {
      added = photos.upload(groupId, album, albumName, children, caption, uploads.streams());
    } catch (BusinessException refused) {
      if (refused.field() == null && refused.messageKey().startsWith("photo.")) {
        Messages.error(FORM + ":photos", refused.messageKey(), refused.arguments().toArray());
        Messages.error(null, "photos.nothingSaved");
      } else {
        Messages.error(FORM, refused);
      }
      return null;
    } finally {
      files = null;
    }
    Messages.info("photos.added", added, groups.get(groupId));
    external.getFlash().setKeepMessages(true);
    return "/photos?faces-redirect=true&group=" + groupId;
  }

  /** The albums of the chosen group, to add the photos to. */
  public List<Choice> getAlbumChoices() {
    return albumChoices;
  }

  public boolean isShown(Photos.AlbumView album) {
    return shown != null && shown.id().equals(album.id());
  }

  public String created(Photos.AlbumView album) {
    return Messages.date(album.createdAt());
  }

  /** What a photo shows, for its alt text: the caption, and who is in it. */
  public String alt(PhotoRef photo) {
    return PhotoTexts.alt(photo);
  }

  private static UUID id(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
  }

  public List<Choice> getGroups() {
    return groupChoices;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public String getGroupName() {
    return groups.get(groupId);
  }

  public List<Choice> getTaggable() {
    return taggable;
  }

  public LazyDataModel<Photos.AlbumView> getAlbums() {
    return albums;
  }

  public Photos.AlbumView getShown() {
    return shown;
  }

  public List<PhotoRef> getShownPhotos() {
    return shownPhotos;
  }

  public List<String> getTagged() {
    return tagged;
  }

  public void setTagged(List<String> tagged) {
    this.tagged = tagged == null ? new ArrayList<>() : tagged;
  }

  public String getAlbumId() {
    return albumId;
  }

  public void setAlbumId(String albumId) {
    this.albumId = albumId;
  }

  public String getAlbumName() {
    return albumName;
  }

  public void setAlbumName(String albumName) {
    this.albumName = albumName;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
