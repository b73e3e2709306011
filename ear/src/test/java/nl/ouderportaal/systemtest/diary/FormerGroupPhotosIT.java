package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.diary.Photo;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.FamilyInGroup;
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
 * The group photos of a group a child has left, by care ending or by moving to another group: its
 * parents keep the photos of the days it was placed there (while they can still see its photos),
 * not those of other days; nobody of another group or family gets them. Family C's only child is in
 * group X; its photos are untagged, so every parent of the group's days sees them.
 */
@ExtendWith(ArquillianExtension.class)
public class FormerGroupPhotosIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FormerGroupPhotosIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Photos")
  private Photos photos;

  @Inject private Fixtures fixtures;

  private final LocalDate today = LocalDate.now();

  @Test
  public void afterCareEndsTheParentsKeepTheGroupPhotosOfTheDaysTheChildWasThere()
      throws Exception {
    Scenario s = fixtures.scenario();
    FamilyInGroup c = fixtures.familyInGroup(s.groupX());
    FamilyInGroup onlyInY = fixtures.familyInGroup(s.groupY());
    UUID album = newAlbum(s, "Afscheid " + s.token());
    UUID before = photoOn(s, album, today.minusDays(70));
    UUID during = photoOn(s, album, today.minusDays(20));
    UUID lastDay = photoOn(s, album, today.minusDays(10));
    UUID after = photoOn(s, album, today.minusDays(5));
    fixtures.careBetween(c.childId(), today.minusDays(60), today.minusDays(10));

    assertThat(seenInAlbum(c.parentAccount(), album)).containsExactly(during, lastDay);
    assertThat(albumsOf(c.parentAccount())).containsExactly(album);
    for (UUID seen : List.of(during, lastDay)) {
      for (Photo.Size size : Photo.Size.values()) {
        assertThat(served(c.parentAccount(), seen, size)).isEqualTo("image/jpeg");
      }
    }
    for (UUID notOfTheirDays : List.of(before, after)) {
      Caller.refused(
          c.parentAccount(), "PARENT", () -> photos.serve(notOfTheirDays, Photo.Size.WEB));
    }

    Caller.refused(onlyInY.parentAccount(), "PARENT", () -> photos.album(album));
    Caller.refused(onlyInY.parentAccount(), "PARENT", () -> photos.serve(during, Photo.Size.WEB));
    assertThat(albumsOf(onlyInY.parentAccount())).doesNotContain(album);
    assertThat(Caller.as(s.staffYAccount(), "STAFF", () -> photos.albums()))
        .extracting(Photos.AlbumView::id)
        .doesNotContain(album);
  }

  @Test
  public void aChildThatMovedToAnotherGroupKeepsThePhotosOfItsDaysInTheFormerOne()
      throws Exception {
    Scenario s = fixtures.scenario();
    FamilyInGroup c = fixtures.familyInGroup(s.groupX());
    UUID albumX = newAlbum(s, "Groep X " + s.token());
    UUID inX = photoOn(s, albumX, today.minusDays(5));
    UUID afterMoving = photoOn(s, albumX, today.minusDays(1));
    fixtures.movedToGroup(c.childId(), today.minusDays(30), today.minusDays(2), s.groupY());

    assertThat(seenInAlbum(c.parentAccount(), albumX)).containsExactly(inX);
    assertThat(served(c.parentAccount(), inX, Photo.Size.WEB)).isEqualTo("image/jpeg");
    Caller.refused(c.parentAccount(), "PARENT", () -> photos.serve(afterMoving, Photo.Size.WEB));
  }

  @Test
  public void whenTheWeeksOfAccessAfterCareAreOverTheFormerGroupsPhotosAreGone() throws Exception {
    Scenario s = fixtures.scenario();
    FamilyInGroup c = fixtures.familyInGroup(s.groupX());
    UUID album = newAlbum(s, "Lang geleden " + s.token());
    UUID then = photoOn(s, album, today.minusDays(150));
    fixtures.careBetween(c.childId(), today.minusDays(200), today.minusDays(100));

    assertThat(albumsOf(c.parentAccount())).isEmpty();
    Caller.refused(c.parentAccount(), "PARENT", () -> photos.album(album));
    Caller.refused(c.parentAccount(), "PARENT", () -> photos.serve(then, Photo.Size.WEB));
  }

  private UUID newAlbum(Scenario s, String name) throws Exception {
    return Caller.as(
        s.staffXAccount(),
        "STAFF",
        () -> {
          photos.upload(
              s.groupX(), null, name, Set.of(), "Eerste", List.of(TestPhotos.jpegStream()));
          return photos.albumNames(s.groupX()).entrySet().stream()
              .filter(e -> e.getValue().equals(name))
              .findFirst()
              .orElseThrow()
              .getKey();
        });
  }

  /** A new untagged photo in the album, of {@code day}. */
  private UUID photoOn(Scenario s, UUID album, LocalDate day) throws Exception {
    List<UUID> before = inAlbum(s, album);
    Caller.as(
        s.staffXAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupX(), album, null, Set.of(), null, List.of(TestPhotos.jpegStream())));
    UUID photo =
        inAlbum(s, album).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    fixtures.photoOn(photo, day);
    return photo;
  }

  private List<UUID> inAlbum(Scenario s, UUID album) throws Exception {
    return Caller.as(s.staffXAccount(), "STAFF", () -> photos.album(album)).stream()
        .map(PhotoRef::id)
        .toList();
  }

  private List<UUID> seenInAlbum(UUID parent, UUID album) throws Exception {
    return Caller.as(parent, "PARENT", () -> photos.album(album)).stream()
        .map(PhotoRef::id)
        .toList();
  }

  private List<UUID> albumsOf(UUID parent) throws Exception {
    return Caller.as(parent, "PARENT", () -> photos.albums()).stream()
        .map(Photos.AlbumView::id)
        .toList();
  }

  private String served(UUID parent, UUID photo, Photo.Size size) throws Exception {
    return Caller.as(parent, "PARENT", () -> photos.serve(photo, size)).contentType();
  }
}
