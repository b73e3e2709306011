package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import nl.ouderportaal.systemtest.support.TestPhotos;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The albums on the back-office's photo page come a page at a time from the boundary: counted in
 * the database, newest first, only those of the worker's own groups; the albums to add photos to
 * are a group's album names, without reading a photo.
 */
@ExtendWith(ArquillianExtension.class)
public class AlbumPagingIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(AlbumPagingIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Photos")
  private Photos photos;

  @Test
  public void theAlbumsOfTheWorkersGroupsAreCountedAndPagedNewestFirst() throws Exception {
    Scenario s = fixtures.scenario();
    for (String album : List.of("Herfst", "Winter", "Lente")) {
      newAlbum(s.staffXAccount(), s.groupX(), album);
    }

    assertThat(asStaffX(s, () -> photos.albumCount())).isEqualTo(3);
    List<Photos.AlbumView> first = asStaffX(s, () -> photos.albums(0, 2));
    assertThat(first).extracting(Photos.AlbumView::name).containsExactly("Lente", "Winter");
    assertThat(asStaffX(s, () -> photos.albums(2, 2)))
        .extracting(Photos.AlbumView::name)
        .containsExactly("Herfst");
    assertThat(asStaffX(s, () -> photos.albums(3, 2))).isEmpty();
    assertThat(first)
        .allSatisfy(
            album -> {
              assertThat(album.group()).isEqualTo(s.groupXName());
              assertThat(album.photos()).isEqualTo(1);
              assertThat(album.cover()).isNotNull();
            });
    assertThat(asStaffX(s, () -> photos.albumNames(s.groupX())).values())
        .containsExactly("Lente", "Winter", "Herfst");
    assertThat(asStaffX(s, () -> photos.albumView(first.get(1).id()))).isEqualTo(first.get(1));
  }

  @Test
  public void albumsOfAnotherGroupOrAnotherOrganisationNeverAppear() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    newAlbum(s.staffXAccount(), s.groupX(), "Herfst");
    UUID groupY = newAlbum(s.staffYAccount(), s.groupY(), "Groep Y");
    UUID elsewhere = newAlbum(other.staffXAccount(), other.groupX(), "Ergens anders");

    assertThat(asStaffX(s, () -> photos.albumCount())).isEqualTo(1);
    assertThat(asStaffX(s, () -> photos.albums(0, Photos.MAX_ALBUM_PAGE)))
        .extracting(Photos.AlbumView::name)
        .containsExactly("Herfst");
    assertThat(asStaffX(other, () -> photos.albums(0, Photos.MAX_ALBUM_PAGE)))
        .extracting(Photos.AlbumView::name)
        .containsExactly("Ergens anders");
    for (UUID album : List.of(groupY, elsewhere)) {
      assertThatThrownBy(() -> asStaffX(s, () -> photos.albumView(album)))
          .isInstanceOf(NotFoundException.class);
    }
    assertThatThrownBy(() -> asStaffX(s, () -> photos.albumNames(s.groupY())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asStaffX(s, () -> photos.albumNames(other.groupX())))
        .isInstanceOf(NotFoundException.class);
  }

  /** A new album in the group with one photo in it, by the worker; the album's id. */
  private UUID newAlbum(UUID worker, UUID group, String name) throws Exception {
    return Caller.as(
        worker,
        "STAFF",
        () -> {
          photos.upload(group, null, name, Set.of(), null, List.of(TestPhotos.jpegStream()));
          return photos.albums(0, 1).get(0).id();
        });
  }

  private static <T> T asStaffX(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.staffXAccount(), "STAFF", action);
  }
}
