package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.DiaryScenario;
import nl.ouderportaal.systemtest.support.GroupPhotosScenario;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The photo servlet from outside, as someone guessing ids would use it: only the family (with
 * consent) gets the photo; another family, a stranger without login and a made-up id get nothing
 * that tells them the photo exists.
 */
@ExtendWith(ArquillianExtension.class)
public class PhotoServletIT {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(PhotoServletIT.class);
  }

  @ArquillianResource private URL deployment;
  private Server server;

  @BeforeEach
  void start() {
    server = new Server(deployment);
  }

  @Test
  public void theFamilyGetsThePhotoPrivatelyCachedWithAnETag() {
    DiaryScenario d = server.diaryScenario();
    String cookie = server.portalSession(d.scenario().parentAEmail());
    String url = server.portal("files/photo/" + d.photoId());

    HttpResponse<byte[]> photo = Server.getBytes(url, "Cookie", cookie);

    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
    assertThat(photo.headers().firstValue("Cache-Control").orElseThrow())
        .isEqualTo("private, no-cache");
    assertThat(photo.body()).startsWith((byte) 0xFF, (byte) 0xD8);
    String etag = photo.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = Server.getBytes(url, "Cookie", cookie, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    HttpResponse<byte[]> thumbnail = Server.getBytes(url + "/thumb", "Cookie", cookie);
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.body().length).isLessThan(photo.body().length);
    HttpResponse<byte[]> download = Server.getBytes(url + "?download", "Cookie", cookie);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
  }

  @Test
  public void anotherFamilyAStrangerAndAGuessGetNothing() {
    DiaryScenario d = server.diaryScenario();
    Scenario s = d.scenario();
    String familyB = server.portalSession(s.parentBEmail());
    String photo = server.portal("files/photo/" + d.photoId());

    assertThat(Server.getBytes(photo, "Cookie", familyB).statusCode()).isEqualTo(404);
    assertThat(Server.getBytes(photo + "/thumb", "Cookie", familyB).statusCode()).isEqualTo(404);
    assertThat(
            Server.getBytes(server.portal("files/diary/" + s.childA1() + ".pdf"), "Cookie", familyB)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Server.getBytes(server.portal("files/photo/" + UUID.randomUUID()), "Cookie", familyB)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Server.getBytes(server.portal("files/photo/not-an-id"), "Cookie", familyB).statusCode())
        .isEqualTo(404);

    for (String page :
        List.of(
            "diary.xhtml?child=" + s.childA1(),
            "diary.xhtml?child=not-an-id",
            "album.xhtml?id=" + UUID.randomUUID(),
            "child.xhtml?id=" + s.childA1())) {
      HttpResponse<String> answer = Server.get(server.portal(page), "Cookie", familyB);
      assertThat(answer.statusCode()).as(page).isEqualTo(404);
      assertThat(answer.body()).as(page).contains("Pagina niet gevonden");
    }

    HttpResponse<byte[]> stranger = Server.getBytes(photo);
    assertThat(stranger.statusCode()).isEqualTo(302);
    assertThat(stranger.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
  }

  @Test
  public void aFamilyOnlyInGroupXAndTheWorkerOfGroupYGetNothingOfTheOtherGroup() {
    GroupPhotosScenario g = server.groupPhotosScenario();
    Scenario s = g.scenario();
    String parentA = server.portalSession(s.parentAEmail());
    String parentC = server.portalSession(g.familyC().parentEmail());
    String photoY = server.portal("files/photo/" + g.photoY());
    String zipY = server.portal("files/album/" + g.albumY() + ".zip");

    assertThat(Server.getBytes(photoY, "Cookie", parentA).statusCode())
        .as("parent A has Ada in group Y")
        .isEqualTo(200);
    assertThat(Server.getBytes(zipY, "Cookie", parentA).statusCode()).isEqualTo(200);
    assertThat(
            Server.getBytes(server.portal("files/photo/" + g.photoX()), "Cookie", parentC)
                .statusCode())
        .as("the photo of C's own group")
        .isEqualTo(200);
    for (String url : List.of(photoY, photoY + "/thumb", photoY + "?download", zipY)) {
      assertThat(Server.getBytes(url, "Cookie", parentC).statusCode()).as(url).isEqualTo(404);
    }

    String staffX = server.backofficeSession(s.staffXEmail());
    String staffY = server.backofficeSession(s.staffYEmail());
    String photoX = server.backoffice("files/photo/" + g.photoX());
    assertThat(Server.getBytes(photoX, "Cookie", staffX).statusCode()).isEqualTo(200);
    for (String url :
        List.of(
            photoX, photoX + "/thumb", server.backoffice("files/album/" + g.albumX() + ".zip"))) {
      assertThat(Server.getBytes(url, "Cookie", staffY).statusCode()).as(url).isEqualTo(404);
    }
  }
}
