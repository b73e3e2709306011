package nl.ouderportaal.systemtest.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.document.DocumentKind;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.job.JobItemFailure;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
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
 * The diary-exports job on the real server, started by the service desk as on the job monitor: a
 * child's whole diary as one PDF document of its family, in order, with exactly the photos its
 * parents see; one export per child however often it runs; only the selected group's children; the
 * children whose care ended, visible to their parents for the weeks of access after care and not
 * after; and a child whose parents can no longer download reported with the reason. In each
 * scenario group X has the baby A1 (family A) and B1 (family B), group Y has A2 and B2; only A1 is
 * young enough for a diary unless a test raises the organisation's diary age.
 */
@ExtendWith(ArquillianExtension.class)
public class DiaryExportsIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(DiaryExportsIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/DiaryRetention")
  private nl.ouderportaal.domain.diary.DiaryRetention retention;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Diary")
  private Diary diary;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Documents")
  private Documents documents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Consents")
  private Consents consents;

  private final LocalDate today = LocalDate.now(Clocks.ZONE);

  @Test
  public void aChildsWholeDiaryBecomesOneDocumentOfItsFamilyInOrder() throws Exception {
    Scenario s = fixtures.scenario();
    consent(s.parentAAccount(), s.childA1(), true);
    write(s.staffXAccount(), "STAFF", s.childA1(), "Eerste hapjes fruit", true);
    write(s.parentAAccount(), "PARENT", s.childA1(), "Thuis de eerste tand", false);
    write(s.staffXAccount(), "STAFF", s.childA1(), "Veel gekropen vandaag", false);

    long id = start(s, s.childA1().toString());
    Jobs.Run run = runToTheEnd(s, id);

    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.kind()).isEqualTo(JobKind.DIARY_EXPORTS);
    assertThat(run.parameter()).isEqualTo(s.childA1().toString());
    assertThat(run.written()).isEqualTo(1);
    assertThat(run.skipped()).isZero();
    Documents.Line export = theDiaryExport(s.parentAAccount());
    assertThat(export.title()).isEqualTo("Dagboek van Abel");
    assertThat(export.visibleUntil()).as("care has no end yet").isNull();
    byte[] pdf = download(s.parentAAccount(), export.id());
    String text = textOf(pdf);
    assertThat(text).contains("Dagboek van " + s.childA1Name());
    assertThat(text.indexOf("Eerste hapjes fruit"))
        .isLessThan(text.indexOf("Thuis de eerste tand"));
    assertThat(text.indexOf("Thuis de eerste tand"))
        .isLessThan(text.indexOf("Veel gekropen vandaag"));
    assertThat(imagesIn(pdf)).isEqualTo(1);
    assertThat(fixtures.latestMailText(s.parentAEmail())).contains("dagboek van Abel");
  }

  @Test
  public void runningItTwiceLeavesOneDocumentThatOnlyItsFamilySees() throws Exception {
    Scenario s = fixtures.scenario();
    write(s.staffXAccount(), "STAFF", s.childA1(), "Lekker gespeeld", false);
    runToTheEnd(s, start(s, s.childA1().toString()));
    UUID first = theDiaryExport(s.parentAAccount()).id();

    // asked for by name again: made once more, and it replaces the first
    Jobs.Run again = runToTheEnd(s, start(s, s.childA1().toString()));

    assertThat(again.status()).isEqualTo("COMPLETED");
    UUID second = theDiaryExport(s.parentAAccount()).id();
    assertThat(second).isNotEqualTo(first);
    assertThat(fixtures.documentCount(s.familyA())).isEqualTo(1);
    assertThat(fixtures.diaryExportCount(s.childA1())).isEqualTo(1);
    assertThatThrownBy(() -> as(s.parentAAccount(), "PARENT", () -> documents.download(first)))
        .isInstanceOf(NotFoundException.class);
    for (Object[] caller :
        new Object[][] {{s.parentBAccount(), "PARENT"}, {s.staffXAccount(), "STAFF"}}) {
      UUID account = (UUID) caller[0];
      String role = (String) caller[1];
      assertThatThrownBy(() -> as(account, role, () -> documents.download(second)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  as(
                      account,
                      role,
                      () -> {
                        documents.streamTo(second, new ByteArrayOutputStream());
                        return null;
                      }))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(as(s.parentBAccount(), "PARENT", () -> documents.mine())).isEmpty();
    // the service desk of another organisation cannot even ask for the child
    Scenario other = fixtures.scenario();
    assertThatThrownBy(
            () ->
                as(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> jobs.start(JobKind.DIARY_EXPORTS, s.childA1().toString())))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("job.diaryParameterInvalid");
  }

  @Test
  public void aPhotoWithoutTheParentsConsentIsNotInTheExport() throws Exception {
    Scenario s = fixtures.scenario();
    write(s.staffXAccount(), "STAFF", s.childA1(), "Met een foto", true);

    runToTheEnd(s, start(s, s.childA1().toString()));
    byte[] withoutConsent = download(s.parentAAccount(), theDiaryExport(s.parentAAccount()).id());

    consent(s.parentAAccount(), s.childA1(), true);
    runToTheEnd(s, start(s, s.childA1().toString()));
    byte[] withConsent = download(s.parentAAccount(), theDiaryExport(s.parentAAccount()).id());

    assertThat(textOf(withoutConsent)).contains("Met een foto");
    assertThat(imagesIn(withoutConsent)).isZero();
    assertThat(imagesIn(withConsent)).isEqualTo(1);
    assertThat(withConsent.length).isGreaterThan(withoutConsent.length);
  }

  @Test
  public void aGroupsRunCoversOnlyItsChildrenAndASecondRunAddsNothing() throws Exception {
    Scenario s = fixtures.scenario();
    fixtures.diaryAge(s.organisation(), 60);
    write(s.staffXAccount(), "STAFF", s.childA1(), "Abel in groep X", false);
    write(s.staffXAccount(), "STAFF", s.childB1(), "Bo in groep X", false);
    write(s.staffYAccount(), "STAFF", s.childA2(), "Ada in groep Y", false);

    Jobs.Run first = runToTheEnd(s, start(s, s.groupX().toString()));

    assertThat(first.status()).isEqualTo("COMPLETED");
    assertThat(first.read()).isEqualTo(2);
    assertThat(first.written()).isEqualTo(2);
    Documents.Line ofAbel = theDiaryExport(s.parentAAccount());
    assertThat(ofAbel.title()).isEqualTo("Dagboek van Abel");
    assertThat(textOf(download(s.parentAAccount(), ofAbel.id())))
        .contains("Abel in groep X")
        .doesNotContain("Bo in groep X", "Ada in groep Y");
    assertThat(theDiaryExport(s.parentBAccount()).title()).isEqualTo("Dagboek van Bo");
    assertThat(fixtures.diaryExportCount(s.childA2())).isZero();

    Jobs.Run second = runToTheEnd(s, start(s, s.groupX().toString()));

    assertThat(second.status()).isEqualTo("COMPLETED");
    assertThat(second.read()).isEqualTo(2);
    assertThat(second.written()).as("both exports are up to date").isZero();
    assertThat(fixtures.documentCount(s.familyA())).isEqualTo(1);
    assertThat(fixtures.documentCount(s.familyB())).isEqualTo(1);

    // group Y: A2 has a diary, B2 has none, which is no failure
    Jobs.Run groupY = runToTheEnd(s, start(s, s.groupY().toString()));

    assertThat(groupY.status()).isEqualTo("COMPLETED");
    assertThat(groupY.read()).isEqualTo(2);
    assertThat(groupY.written()).isEqualTo(1);
    assertThat(groupY.skipped()).isZero();
    assertThat(fixtures.diaryExportCount(s.childA2())).isEqualTo(1);
    assertThat(fixtures.diaryExportCount(s.childB2())).isZero();
  }

  @Test
  public void whenCareEndedTheParentsSeeTheExportForTheirWeeksOfAccessAndNotAfter()
      throws Exception {
    Scenario s = fixtures.scenario();
    write(s.staffXAccount(), "STAFF", s.childA1(), "Laatste week bij ons", false);
    LocalDate yesterday = today.minusDays(1);
    fixtures.careBetween(s.childA1(), yesterday.minusMonths(1), yesterday);

    Jobs.Run run = runToTheEnd(s, start(s, yesterday.toString()));

    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.written()).as("only A1's care ended").isEqualTo(1);
    Documents.Line export = theDiaryExport(s.parentAAccount());
    assertThat(export.visibleUntil()).isEqualTo(yesterday.plusWeeks(8));
    assertThat(as(s.parentBAccount(), "PARENT", () -> documents.mine())).isEmpty();

    // the schedule's run of the same day again finds the export up to date
    Jobs.Run again = runToTheEnd(s, start(s, yesterday.toString()));
    assertThat(again.written()).isZero();
    assertThat(fixtures.diaryExportCount(s.childA1())).isEqualTo(1);

    // after its last day, the parents no longer see it; the service desk still does
    fixtures.lastDayForParents(export.id(), yesterday);
    assertThat(as(s.parentAAccount(), "PARENT", () -> documents.mine()))
        .extracting(Documents.Line::kind)
        .doesNotContain(DocumentKind.DIARY_EXPORT);
    assertThatThrownBy(
            () -> as(s.parentAAccount(), "PARENT", () -> documents.download(export.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () -> documents.ofFamily(s.familyA(), 0, Documents.MAX_PAGE)))
        .extracting(Documents.Line::id)
        .contains(export.id());

    // when the whole family's access has ended, the export goes with the diary
    fixtures.endCare(s.familyA(), today.minusWeeks(9));
    assertThat(retention.due()).contains(s.childA1());
    retention.remove(s.childA1());
    assertThat(fixtures.diaryExportCount(s.childA1())).isZero();
    assertThat(
            as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () -> documents.ofFamily(s.familyA(), 0, Documents.MAX_PAGE)))
        .extracting(Documents.Line::id)
        .doesNotContain(export.id());
  }

  @Test
  public void aChildWhoseParentsCanNoLongerDownloadIsReportedWithTheReason() throws Exception {
    Scenario s = fixtures.scenario();
    write(s.staffXAccount(), "STAFF", s.childA1(), "Lang geleden", false);
    LocalDate end = today.minusWeeks(9);
    fixtures.careBetween(s.childA1(), end.minusMonths(1), end);

    long id = start(s, s.childA1().toString());
    Jobs.Run run = runToTheEnd(s, id);

    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.written()).isZero();
    assertThat(run.skipped()).isEqualTo(1);
    assertThat(as(s.serviceDeskAccount(), "SERVICEDESK", () -> jobs.failures(id, 0, Jobs.MAX_PAGE)))
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.itemType()).isEqualTo(JobItemFailure.ItemType.CHILD);
              assertThat(failure.itemId()).isEqualTo(s.childA1());
              assertThat(failure.itemName()).isEqualTo(s.childA1Name());
              assertThat(failure.familyId()).isEqualTo(s.familyA());
              assertThat(failure.reason()).isEqualTo("job.failure.accessEnded");
            });
    assertThat(fixtures.diaryExportCount(s.childA1())).isZero();
  }

  private long start(Scenario s, String parameter) throws Exception {
    return as(
        s.serviceDeskAccount(), "SERVICEDESK", () -> jobs.start(JobKind.DIARY_EXPORTS, parameter));
  }

  /** Waits until the run has finished, and gives it as the service desk sees it. */
  private Jobs.Run runToTheEnd(Scenario s, long executionId) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> as(s.serviceDeskAccount(), "SERVICEDESK", () -> jobs.run(executionId)),
            run -> FINISHED.contains(run.status()));
  }

  /** The one diary export among the parent's documents. */
  private Documents.Line theDiaryExport(UUID parent) throws Exception {
    List<Documents.Line> exports =
        as(parent, "PARENT", () -> documents.mine()).stream()
            .filter(line -> line.kind() == DocumentKind.DIARY_EXPORT)
            .toList();
    assertThat(exports).hasSize(1);
    return exports.get(0);
  }

  private byte[] download(UUID parent, UUID document) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    as(
        parent,
        "PARENT",
        () -> {
          documents.streamTo(document, pdf);
          return null;
        });
    return pdf.toByteArray();
  }

  private void write(UUID account, String role, UUID child, String text, boolean withPhoto)
      throws Exception {
    List<InputStream> photos = withPhoto ? List.of(TestPhotos.jpegStream()) : List.of();
    as(
        account,
        role,
        () -> diary.write(child, new DiaryDraft(text, null, null, null, null), photos));
  }

  private void consent(UUID parent, UUID child, boolean granted) throws Exception {
    as(
        parent,
        "PARENT",
        () -> {
          consents.change(child, ConsentPurpose.PHOTOS_IN_PORTAL, granted);
          return null;
        });
  }

  private static <T> T as(UUID account, String role, Callable<T> action) throws Exception {
    return Caller.as(account, role, action);
  }

  private static String textOf(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  /** The image objects in a PDF: one per photo placed in it. */
  private static int imagesIn(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      int images = 0;
      for (int i = 1; i < reader.getXrefSize(); i++) {
        PdfObject object = reader.getPdfObject(i);
        if (object instanceof PdfStream stream
            && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
          images++;
        }
      }
      return images;
    } finally {
      reader.close();
    }
  }
}
