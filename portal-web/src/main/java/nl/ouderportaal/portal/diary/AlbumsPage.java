package nl.ouderportaal.portal.diary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * The albums of the parent's groups ({@code albums.xhtml}), and one album's photos ({@code
 * album.xhtml?id=}): only the photos this parent may see by the consents.
 */
@Named
@RequestScoped
public class AlbumsPage {

  @Inject private Photos photos;
  @Inject private ExternalContext external;

  private List<Photos.AlbumView> albums;
  private UUID album;
  private String albumName;
  private List<PhotoRef> albumPhotos;

  @PostConstruct
  void load() {
    String id = external.getRequestParameterMap().get("id");
    if (id == null) {
      albums = photos.albums();
      return;
    }
    try {
      album = UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    albumPhotos = photos.album(album);
    albumName = photos.albumName(album);
  }

  public List<Photos.AlbumView> getAlbums() {
    return albums;
  }

  public UUID getAlbum() {
    return album;
  }

  public String getAlbumName() {
    return albumName;
  }

  public List<PhotoRef> getAlbumPhotos() {
    return albumPhotos;
  }
}
