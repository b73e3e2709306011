package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.diary.Photo;
import nl.ouderportaal.domain.diary.PhotoRef;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.messaging.GroupMessages;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
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
 * Who reads and writes diaries, photos, albums and messages, decided in the boundary, with the
 * consents of the children in each photo; and the diary as a PDF. In each scenario group X has the
 * baby A1 (family A) and B1 (family B); staff X works in X, staff Y in Y.
 */
@ExtendWith(ArquillianExtension.class)
public class DiaryIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(DiaryIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Diary")
  private Diary diary;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Photos")
  private Photos photos;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Consents")
  private Consents consents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/GroupMessages")
  private GroupMessages messages;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/DiaryRetention")
  private nl.ouderportaal.domain.diary.DiaryRetention retention;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @Inject private Fixtures fixtures;

  @Test
  public void onlyTheChildsGroupWorkersAndParentsWriteAndOnlyForABaby() throws Exception {
    Scenario s = fixtures.scenario();

    as(
        s.staffXAccount(),
        "STAFF",
        () -> diary.write(s.childA1(), draft("Lekker gespeeld"), List.of()));
    as(
        s.parentAAccount(),
        "PARENT",
        () -> diary.write(s.childA1(), draft("Thuis goed geslapen"), List.of()));

    assertThatThrownBy(
            () ->
                as(
                    s.staffYAccount(),
                    "STAFF",
                    () -> diary.write(s.childA1(), draft("x"), List.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    s.parentBAccount(),
                    "PARENT",
                    () -> diary.write(s.childA1(), draft("x"), List.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    s.parentAAccount(),
                    "PARENT",
                    () -> diary.write(s.childA2(), draft("x"), List.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("diary.closed");
    Diary.Page page = as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 10));
    assertThat(page.entries())
        .extracting(Diary.Entry::text)
        .containsExactly("Thuis goed geslapen", "Lekker gespeeld");
    assertThat(page.entries()).extracting(Diary.Entry::byStaff).containsExactly(false, true);
  }

  @Test
  public void theServiceDeskSetsTheDiaryAgeAndDiariesOpenAndCloseByIt() throws Exception {
    Scenario s = fixtures.scenario();
    assertThat(as(s.parentBAccount(), "PARENT", () -> diary.open(s.childB2())))
        .as("Bas is 14 months old, the diary is for children under 12 months")
        .isFalse();

    diaryAge(s, 18);
    assertThat(
            as(s.serviceDeskAccount(), "SERVICEDESK", () -> settings.policies().diaryAgeMonths()))
        .isEqualTo(18);
    assertThat(as(s.parentBAccount(), "PARENT", () -> diary.open(s.childB2()))).isTrue();
    as(s.staffYAccount(), "STAFF", () -> diary.write(s.childB2(), draft("Bas bouwde"), List.of()));

    diaryAge(s, 6);
    assertThat(as(s.parentAAccount(), "PARENT", () -> diary.open(s.childA1())))
        .as("Abel is 8 months old")
        .isFalse();
    assertThatThrownBy(
            () ->
                as(
                    s.staffXAccount(),
                    "STAFF",
                    () -> diary.write(s.childA1(), draft("x"), List.of())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("diary.closed");
    assertThat(as(s.parentBAccount(), "PARENT", () -> diary.entries(s.childB2(), 0, 10)))
        .as("a closed diary can still be read")
        .satisfies(page -> assertThat(page.open()).isFalse())
        .extracting(page -> page.entries().get(0).text())
        .isEqualTo("Bas bouwde");

    for (int months : List.of(-1, 61)) {
      assertThatThrownBy(() -> diaryAge(s, months))
          .as(months + " months")
          .isInstanceOf(BusinessException.class)
          .extracting(e -> ((BusinessException) e).messageKey())
          .isEqualTo("settings.diaryAgeInvalid");
    }
    for (Callable<?> notTheDesk :
        List.<Callable<?>>of(
            () -> as(s.parentAAccount(), "PARENT", () -> changeDiaryAge(24)),
            () -> as(s.staffXAccount(), "STAFF", () -> changeDiaryAge(24)))) {
      assertThatThrownBy(notTheDesk::call).isInstanceOf(NotFoundException.class);
    }
    assertThat(
            as(s.serviceDeskAccount(), "SERVICEDESK", () -> settings.policies().diaryAgeMonths()))
        .isEqualTo(6);
    assertThat(as(s.parentAAccount(), "PARENT", () -> diary.open(s.childA1()))).isFalse();
  }

  private void diaryAge(Scenario s, int months) throws Exception {
    as(s.serviceDeskAccount(), "SERVICEDESK", () -> changeDiaryAge(months));
  }

  private Void changeDiaryAge(int months) {
    settings.changeDiaryAge(months);
    return null;
  }

  @Test
  public void theSecondPageHasTheOldestEntriesNewestFirst() throws Exception {
    Scenario s = fixtures.scenario();
    for (int i = 1; i <= 12; i++) {
      String text = "Dag " + i;
      as(s.staffXAccount(), "STAFF", () -> diary.write(s.childA1(), draft(text), List.of()));
    }

    Diary.Page first = as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 10));
    Diary.Page second = as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 10, 10));

    assertThat(first.total()).isEqualTo(12);
    assertThat(first.entries())
        .extracting(Diary.Entry::text)
        .containsExactly(
            "Dag 12", "Dag 11", "Dag 10", "Dag 9", "Dag 8", "Dag 7", "Dag 6", "Dag 5", "Dag 4",
            "Dag 3");
    assertThat(second.total()).isEqualTo(12);
    assertThat(second.entries()).extracting(Diary.Entry::text).containsExactly("Dag 2", "Dag 1");
  }

  @Test
  public void nobodyElseReadsTheDiary() throws Exception {
    Scenario s = fixtures.scenario();
    as(s.staffXAccount(), "STAFF", () -> diary.write(s.childA1(), draft("Eerste dag"), List.of()));

    assertThat(
            as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () -> diary.entries(s.childA1(), 0, 10).total()))
        .isEqualTo(1);
    for (Callable<?> foreign :
        List.<Callable<?>>of(
            () -> as(s.parentBAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 10)),
            () -> as(s.staffYAccount(), "STAFF", () -> diary.entries(s.childA1(), 0, 10)),
            () ->
                as(s.parentBAccount(), "PARENT", () -> diary.entries(UUID.randomUUID(), 0, 10)))) {
      assertThatThrownBy(foreign::call).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  public void aPhotoInTheDiaryIsShownOnlyWithConsentAndWithdrawingHidesItAtOnce() throws Exception {
    Scenario s = fixtures.scenario();
    as(
        s.staffXAccount(),
        "STAFF",
        () -> diary.write(s.childA1(), draft("Met foto"), List.of(TestPhotos.jpegStream())));
    UUID photo =
        as(
            s.staffXAccount(),
            "STAFF",
            () -> diary.entries(s.childA1(), 0, 1).entries().get(0).photos().get(0).id());

    assertThat(photosSeenByParentA(s)).isEmpty();
    assertThatThrownBy(
            () -> as(s.parentAAccount(), "PARENT", () -> photos.serve(photo, Photo.Size.WEB)))
        .isInstanceOf(NotFoundException.class);

    consent(s.parentAAccount(), s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);
    assertThat(photosSeenByParentA(s)).containsExactly(photo);
    assertThat(
            as(s.parentAAccount(), "PARENT", () -> photos.serve(photo, Photo.Size.THUMBNAIL))
                .contentType())
        .isEqualTo("image/jpeg");

    consent(s.parentAAccount(), s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, false);
    assertThat(photosSeenByParentA(s)).isEmpty();
    for (Photo.Size size : Photo.Size.values()) {
      assertThatThrownBy(() -> as(s.parentAAccount(), "PARENT", () -> photos.serve(photo, size)))
          .as("the photo servlet no longer serves it to parent A: " + size)
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.latestOfMyChildren(10))).isEmpty();
    assertThatThrownBy(
            () -> as(s.parentBAccount(), "PARENT", () -> photos.serve(photo, Photo.Size.WEB)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> as(s.staffYAccount(), "STAFF", () -> photos.serve(photo, Photo.Size.WEB)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void aGroupPhotoReachesAParentOnlyWhenEveryChildInItHasConsent() throws Exception {
    Scenario s = fixtures.scenario();
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupX(),
                null,
                "Herfst",
                Set.of(s.childA1(), s.childB1()),
                "Bladeren",
                List.of(TestPhotos.jpegStream())));
    UUID album = as(s.staffXAccount(), "STAFF", () -> photos.albums().get(0).id());
    consent(s.parentAAccount(), s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);

    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.album(album)))
        .as("B1 has no group-photo consent")
        .isEmpty();

    consent(s.parentBAccount(), s.childB1(), ConsentPurpose.GROUP_PHOTOS, true);
    List<PhotoRef> seen = as(s.parentAAccount(), "PARENT", () -> photos.album(album));
    assertThat(seen)
        .singleElement()
        .satisfies(p -> assertThat(p.children()).containsExactly("Abel", "Bo"));
    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.latestOfMyChildren(10)))
        .extracting(PhotoRef::id)
        .containsExactly(seen.get(0).id());
    assertThat(as(s.parentBAccount(), "PARENT", () -> photos.album(album)))
        .as("B1 has no portal consent")
        .isEmpty();
    assertThatThrownBy(() -> as(s.staffYAccount(), "STAFF", () -> photos.album(album)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    s.staffYAccount(),
                    "STAFF",
                    () ->
                        photos.upload(
                            s.groupX(),
                            null,
                            null,
                            Set.of(),
                            null,
                            List.of(TestPhotos.jpegStream()))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void withdrawingTheGroupPhotoConsentOfAnotherChildHidesTheGroupPhotoAtOnce()
      throws Exception {
    Scenario s = fixtures.scenario();
    consent(s.parentAAccount(), s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);
    consent(s.parentBAccount(), s.childB1(), ConsentPurpose.GROUP_PHOTOS, true);
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupX(),
                null,
                "Buiten",
                Set.of(s.childA1(), s.childB1()),
                "Op de glijbaan",
                List.of(TestPhotos.jpegStream())));
    UUID album = as(s.staffXAccount(), "STAFF", () -> photos.albums().get(0).id());
    UUID photo = as(s.staffXAccount(), "STAFF", () -> photos.album(album).get(0).id());
    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.album(album)))
        .extracting(PhotoRef::id)
        .containsExactly(photo);
    assertThat(
            as(s.parentAAccount(), "PARENT", () -> photos.serve(photo, Photo.Size.WEB))
                .contentType())
        .isEqualTo("image/jpeg");

    consent(s.parentBAccount(), s.childB1(), ConsentPurpose.GROUP_PHOTOS, false);

    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.album(album)))
        .as("Bo is in the photo, and Bo's parent no longer allows group photos")
        .isEmpty();
    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.latestOfMyChildren(10))).isEmpty();
    for (Photo.Size size : Photo.Size.values()) {
      assertThatThrownBy(() -> as(s.parentAAccount(), "PARENT", () -> photos.serve(photo, size)))
          .as(size.toString())
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(as(s.staffXAccount(), "STAFF", () -> photos.album(album)))
        .as("the group worker still sees it")
        .extracting(PhotoRef::id)
        .containsExactly(photo);
  }

  @Test
  public void aRefusedPhotoLeavesNothingBehind() throws Exception {
    Scenario s = fixtures.scenario();
    Instant before = Instant.now();

    assertThatThrownBy(
            () ->
                as(
                    s.staffXAccount(),
                    "STAFF",
                    () ->
                        diary.write(
                            s.childA1(),
                            draft("Met kapotte foto"),
                            List.of(
                                TestPhotos.jpegStream(),
                                new ByteArrayInputStream(
                                    "dit is tekst".getBytes(StandardCharsets.UTF_8))))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("photo.notAnImage");
    assertThat(as(s.staffXAccount(), "STAFF", () -> diary.entries(s.childA1(), 0, 10).total()))
        .isZero();
    assertThat(fixtures.blobsStoredSince(before))
        .as("the good photo before the refused one is not stored either")
        .isZero();

    assertThatThrownBy(
            () ->
                as(
                    s.staffXAccount(),
                    "STAFF",
                    () ->
                        photos.upload(
                            s.groupX(),
                            null,
                            "Nieuw album",
                            Set.of(s.childA1()),
                            null,
                            List.of(
                                TestPhotos.jpegStream(),
                                new ByteArrayInputStream(
                                    "dit is tekst".getBytes(StandardCharsets.UTF_8))))))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("photo.notAnImage");
    assertThat(as(s.staffXAccount(), "STAFF", () -> photos.albums()))
        .as("no new album is left behind")
        .isEmpty();
    assertThat(fixtures.blobsStoredSince(before)).isZero();
  }

  @Test
  public void anEmptyDiaryHasNoPdfUntilSomethingIsWrittenInIt() throws Exception {
    Scenario s = fixtures.scenario();
    for (UUID child : List.of(s.childA1(), s.childA2())) {
      assertThat(
              Caller.refusal(s.parentAAccount(), "PARENT", () -> diary.exportName(child))
                  .messageKey())
          .isEqualTo("diary.empty");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(
              Caller.refusal(s.parentAAccount(), "PARENT", () -> diary.exportPdf(child, out))
                  .messageKey())
          .isEqualTo("diary.empty");
      assertThat(out.size()).as("nothing written").isZero();
    }
    assertThat(as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA2(), 0, 10)))
        .satisfies(page -> assertThat(page.hasEntries()).isFalse());

    as(s.staffXAccount(), "STAFF", () -> diary.write(s.childA1(), draft("Eerste dag"), List.of()));

    assertThat(as(s.parentAAccount(), "PARENT", () -> diary.exportName(s.childA1())))
        .isEqualTo("Abel");
    Caller.refused(s.parentBAccount(), "PARENT", () -> diary.exportName(s.childA1()));
    Caller.refused(
        s.parentBAccount(),
        "PARENT",
        () -> diary.exportPdf(s.childA1(), new ByteArrayOutputStream()));
  }

  @Test
  public void anEmptyPhotoIsRefusedWithItsEntryOrAlbumAndNothingIsSaved() throws Exception {
    Scenario s = fixtures.scenario();
    Instant before = Instant.now();
    for (UUID writer : List.of(s.staffXAccount(), s.parentAAccount())) {
      String role = writer.equals(s.parentAAccount()) ? "PARENT" : "STAFF";
      assertThat(
              Caller.refusal(
                      writer,
                      role,
                      () ->
                          diary.write(
                              s.childA1(),
                              draft("Met een lege foto"),
                              List.of(TestPhotos.jpegStream(), InputStream.nullInputStream())))
                  .messageKey())
          .isEqualTo("photo.empty");
    }
    assertThat(
            Caller.refusal(
                    s.staffXAccount(),
                    "STAFF",
                    () ->
                        photos.upload(
                            s.groupX(),
                            null,
                            "Leeg album",
                            Set.of(),
                            null,
                            List.of(InputStream.nullInputStream())))
                .messageKey())
        .isEqualTo("photo.empty");
    assertThat(as(s.staffXAccount(), "STAFF", () -> diary.entries(s.childA1(), 0, 10).total()))
        .isZero();
    assertThat(as(s.staffXAccount(), "STAFF", () -> photos.albums())).isEmpty();
    assertThat(fixtures.blobsStoredSince(before)).isZero();
  }

  @Test
  public void theDiaryPdfHasEveryEntryInOrder() throws Exception {
    Scenario s = fixtures.scenario();
    consent(s.parentAAccount(), s.childA1(), ConsentPurpose.PHOTOS_IN_PORTAL, true);
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            diary.write(
                s.childA1(),
                new DiaryDraft(
                    "Eerste hapjes fruit", "Appel en peer", "Twee uur", "Drie", Mood.HAPPY),
                List.of(TestPhotos.jpegStream())));
    as(
        s.parentAAccount(),
        "PARENT",
        () -> diary.write(s.childA1(), draft("Thuis de eerste tand"), List.of()));
    as(
        s.staffXAccount(),
        "STAFF",
        () -> diary.write(s.childA1(), draft("Veel gekropen vandaag"), List.of()));

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    as(
        s.parentAAccount(),
        "PARENT",
        () -> {
          diary.exportPdf(s.childA1(), pdf);
          return null;
        });

    PdfReader reader = new PdfReader(pdf.toByteArray());
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    String all = text.toString();
    assertThat(all)
        .contains(
            "Dagboek van " + s.childA1Name(), "Eerste hapjes fruit", "Appel en peer", "vrolijk");
    assertThat(all.indexOf("Eerste hapjes fruit")).isLessThan(all.indexOf("Thuis de eerste tand"));
    assertThat(all.indexOf("Thuis de eerste tand"))
        .isLessThan(all.indexOf("Veel gekropen vandaag"));
    assertThatThrownBy(
            () ->
                as(
                    s.parentBAccount(),
                    "PARENT",
                    () -> {
                      diary.exportPdf(s.childA1(), new ByteArrayOutputStream());
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void aParentsMessageIsForTheGroupsStaffAndAStaffMessageForAllParentsOfTheGroup()
      throws Exception {
    Scenario s = fixtures.scenario();

    as(
        s.parentAAccount(),
        "PARENT",
        () -> messages.writeToGroup(s.groupX(), "Abel komt morgen later."));
    as(
        s.staffXAccount(),
        "STAFF",
        () -> messages.post(s.groupX(), null, "Vrijdag gaan we naar de kinderboerderij!"));

    assertThat(texts(s.staffXAccount(), "STAFF"))
        .contains("Abel komt morgen later.", "Vrijdag gaan we naar de kinderboerderij!");
    assertThat(texts(s.parentAAccount(), "PARENT"))
        .contains("Abel komt morgen later.", "Vrijdag gaan we naar de kinderboerderij!");
    assertThat(texts(s.parentBAccount(), "PARENT"))
        .contains("Vrijdag gaan we naar de kinderboerderij!")
        .doesNotContain("Abel komt morgen later.");
    assertThat(texts(s.staffYAccount(), "STAFF")).doesNotContain("Abel komt morgen later.");
    assertThatThrownBy(
            () -> as(s.staffYAccount(), "STAFF", () -> messages.post(s.groupX(), null, "x")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                as(
                    s.parentAAccount(),
                    "PARENT",
                    () -> messages.writeToGroup(UUID.randomUUID(), "x")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void aFamilyOnlyInGroupXReadsAndWritesNothingOfGroupY() throws Exception {
    Scenario s = fixtures.scenario();
    FamilyInGroup c = fixtures.familyInGroup(s.groupX());
    as(
        s.staffYAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupY(), null, "Verfhoek", Set.of(), null, List.of(TestPhotos.jpegStream())));
    UUID albumY = as(s.staffYAccount(), "STAFF", () -> photos.albums().get(0).id());
    UUID photoY = as(s.staffYAccount(), "STAFF", () -> photos.album(albumY).get(0).id());
    as(s.staffYAccount(), "STAFF", () -> messages.post(s.groupY(), null, "Morgen verven we."));
    as(s.staffXAccount(), "STAFF", () -> messages.post(s.groupX(), null, "Morgen de zandbak."));

    assertThat(as(s.parentAAccount(), "PARENT", () -> photos.album(albumY)))
        .as("parent A has Ada in group Y, and no child is tagged")
        .extracting(PhotoRef::id)
        .containsExactly(photoY);
    assertThat(texts(s.parentAAccount(), "PARENT")).contains("Morgen verven we.");

    assertThat(as(c.parentAccount(), "PARENT", () -> photos.albums()))
        .extracting(Photos.AlbumView::id)
        .doesNotContain(albumY);
    assertThat(texts(c.parentAccount(), "PARENT"))
        .contains("Morgen de zandbak.")
        .doesNotContain("Morgen verven we.");
    for (Callable<?> groupY :
        List.<Callable<?>>of(
            () -> photos.album(albumY),
            () -> photos.albumName(albumY),
            () -> photos.serve(photoY, Photo.Size.THUMBNAIL),
            () -> messages.writeToGroup(s.groupY(), "Cas komt morgen later."))) {
      assertThatThrownBy(() -> as(c.parentAccount(), "PARENT", groupY))
          .isInstanceOf(NotFoundException.class);
    }
    as(c.parentAccount(), "PARENT", () -> messages.writeToGroup(s.groupX(), "Cas komt later."));
    assertThat(texts(s.staffYAccount(), "STAFF")).doesNotContain("Cas komt morgen later.");
  }

  private List<String> texts(UUID account, String role) throws Exception {
    return as(account, role, () -> messages.mine(50)).stream()
        .map(GroupMessages.Message::text)
        .toList();
  }

  @Test
  public void whenAccessAfterCareHasEndedTheChildsDiaryAndPhotosAreRemoved() throws Exception {
    Scenario s = fixtures.scenario();
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            diary.write(
                s.childA1(), draft("Abel bouwde een toren"), List.of(TestPhotos.jpegStream())));
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupX(),
                null,
                "Uitje",
                Set.of(s.childA1(), s.childB1()),
                null,
                List.of(TestPhotos.jpegStream())));
    UUID album = as(s.staffXAccount(), "STAFF", () -> photos.albums().get(0).id());
    as(
        s.staffXAccount(),
        "STAFF",
        () ->
            photos.upload(
                s.groupX(),
                album,
                null,
                Set.of(s.childB1()),
                "Bo alleen",
                List.of(TestPhotos.jpegStream())));
    List<UUID> before =
        as(s.staffXAccount(), "STAFF", () -> photos.album(album)).stream()
            .map(PhotoRef::id)
            .toList();
    List<UUID> ofA1 = new java.util.ArrayList<>(photosOfA1AsServiceDesk(s));
    assertThat(before).hasSize(2);
    assertThat(retention.due()).doesNotContain(s.childA1(), s.childB1());

    fixtures.endCare(s.familyA(), java.time.LocalDate.now().minusWeeks(8));
    assertThat(retention.due()).as("the last day of access is today").doesNotContain(s.childA1());
    fixtures.endCare(s.familyA(), java.time.LocalDate.now().minusWeeks(8).minusDays(1));
    assertThat(retention.due()).contains(s.childA1()).doesNotContain(s.childA2(), s.childB1());

    assertThat(retention.remove(s.childA1())).isEqualTo(2);

    assertThat(
            as(s.serviceDeskAccount(), "SERVICEDESK", () -> diary.entries(s.childA1(), 0, 10))
                .total())
        .isZero();
    List<PhotoRef> left = as(s.staffXAccount(), "STAFF", () -> photos.album(album));
    assertThat(left)
        .as("the photo with Abel in it is gone, Bo's own photo stays")
        .singleElement()
        .satisfies(p -> assertThat(p.caption()).isEqualTo("Bo alleen"));
    ofA1.add(before.stream().filter(id -> !id.equals(left.get(0).id())).findFirst().orElseThrow());
    assertThat(fixtures.storedFilesOf(ofA1)).isZero();
    assertThat(fixtures.storedFilesOf(List.of(left.get(0).id()))).isEqualTo(2);
    assertThat(retention.due()).doesNotContain(s.childA1());
  }

  private List<UUID> photosOfA1AsServiceDesk(Scenario s) throws Exception {
    return as(s.serviceDeskAccount(), "SERVICEDESK", () -> diary.entries(s.childA1(), 0, 10))
        .entries()
        .stream()
        .flatMap(e -> e.photos().stream())
        .map(PhotoRef::id)
        .toList();
  }

  private List<UUID> photosSeenByParentA(Scenario s) throws Exception {
    return as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 10))
        .entries()
        .stream()
        .flatMap(e -> e.photos().stream())
        .map(PhotoRef::id)
        .toList();
  }

  private void consent(UUID parent, UUID child, ConsentPurpose purpose, boolean granted)
      throws Exception {
    as(
        parent,
        "PARENT",
        () -> {
          consents.change(child, purpose, granted);
          return null;
        });
  }

  private static DiaryDraft draft(String text) {
    return new DiaryDraft(text, null, null, null, null);
  }

  private static <T> T as(UUID account, String role, Callable<T> action) throws Exception {
    return Caller.as(account, role, action);
  }
}
