package nl.ouderportaal.batch.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.diary.DiaryExport;
import nl.ouderportaal.domain.diary.DiaryExportInput;
import nl.ouderportaal.domain.diary.DiaryExportPlan;
import nl.ouderportaal.domain.job.JobItemFailure;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** The processor of the diary exports job, as the pure function it is. */
class ExportPlanningTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Instant WRITTEN = Instant.parse("2026-11-27T14:00:00Z");

  private final UUID child = UUID.randomUUID();

  private DiaryExportInput input(
      long entries, LocalDate careEnd, DiaryExport.Made previous, boolean asked) {
    return new DiaryExportInput(
        child,
        "Abel",
        "Abel Aalbers",
        UUID.randomUUID(),
        entries,
        entries == 0 ? null : WRITTEN,
        List.of(new DateRange(LocalDate.of(2026, 1, 1), careEnd)),
        8,
        previous,
        asked,
        TODAY);
  }

  @Test
  void aChildWhoseCareEndedYesterdayIsExportedForEightWeeks() {
    DiaryExportPlan plan = ExportPlanning.plan(input(4, TODAY.minusDays(1), null, false));

    assertThat(plan.childId()).isEqualTo(child);
    assertThat(plan.visibleUntil()).isEqualTo(TODAY.minusDays(1).plusWeeks(8));
    assertThat(plan.asked()).isFalse();
  }

  @Test
  void anEmptyDiaryAndAnUpToDateExportAreFilteredNotFailures() {
    assertThat(ExportPlanning.plan(input(0, TODAY.minusDays(1), null, false))).isNull();
    DiaryExport.Made upToDate = new DiaryExport.Made(TODAY.minusDays(1), WRITTEN.plusSeconds(60));
    assertThat(new ExportPlanning().processItem(input(4, TODAY.minusDays(1), upToDate, false)))
        .isNull();
    assertThat(ExportPlanning.plan(input(4, TODAY.minusDays(1), upToDate, true))).isNotNull();
  }

  @Test
  void aChildWhoseParentsCanNoLongerDownloadIsRefusedWithItsNameAndTheLastDay() {
    LocalDate end = TODAY.minusWeeks(10);

    assertThatThrownBy(() -> ExportPlanning.plan(input(4, end, null, true)))
        .isInstanceOfSatisfying(
            ItemRefused.class,
            refused -> {
              assertThat(refused.itemType()).isEqualTo(JobItemFailure.ItemType.CHILD);
              assertThat(refused.itemId()).isEqualTo(child);
              assertThat(refused.itemName()).isEqualTo("Abel Aalbers");
              assertThat(refused.reason()).isEqualTo("job.failure.accessEnded");
              assertThat(refused.detail()).contains(end.plusWeeks(8).toString());
            });
  }
}
