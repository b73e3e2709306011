package nl.ouderportaal.domain.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** Whether and until when a child's diary is exported: the pure rule the job's processor is. */
class DiaryExportInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Instant WRITTEN = Instant.parse("2026-11-20T14:00:00Z");
  private static final DateRange ENDED_YESTERDAY =
      new DateRange(LocalDate.of(2026, 1, 1), TODAY.minusDays(1));

  private final UUID child = UUID.randomUUID();
  private final UUID family = UUID.randomUUID();

  private DiaryExportInput input(
      long entries, List<DateRange> contracts, DiaryExport.Made previous, boolean asked) {
    return new DiaryExportInput(
        child,
        "Abel",
        "Abel Aalbers",
        family,
        entries,
        entries == 0 ? null : WRITTEN,
        contracts,
        8,
        previous,
        asked,
        TODAY);
  }

  @Test
  void whenCareEndedTheParentsSeeItForTheWeeksOfAccessAfterTheLastDay() {
    DiaryExportPlan plan = input(3, List.of(ENDED_YESTERDAY), null, false).plan().orElseThrow();

    assertThat(plan.careEnd()).isEqualTo(TODAY.minusDays(1));
    assertThat(plan.visibleUntil()).isEqualTo(LocalDate.of(2027, 1, 22));
    assertThat(plan.childId()).isEqualTo(child);
    assertThat(plan.familyId()).isEqualTo(family);
    assertThat(plan.childFirstName()).isEqualTo("Abel");
  }

  @Test
  void careWithAnEndToComeCountsFromThatEndAndCareWithoutEndHasNoLastDay() {
    LocalDate end = TODAY.plusMonths(3);
    assertThat(
            input(1, List.of(new DateRange(LocalDate.of(2026, 1, 1), end)), null, false)
                .plan()
                .orElseThrow()
                .visibleUntil())
        .isEqualTo(end.plusWeeks(8));
    DiaryExportPlan running =
        input(1, List.of(ENDED_YESTERDAY, DateRange.from(TODAY)), null, false).plan().orElseThrow();
    assertThat(running.careEnd()).isNull();
    assertThat(running.visibleUntil()).isNull();
  }

  @Test
  void anEmptyDiaryIsNotExported() {
    assertThat(input(0, List.of(ENDED_YESTERDAY), null, true).plan()).isEmpty();
  }

  @Test
  void whenTheParentsCanNoLongerDownloadTheChildIsRefusedWithTheLastDay() {
    LocalDate end = TODAY.minusWeeks(8).minusDays(1);
    DiaryExportInput input =
        input(2, List.of(new DateRange(LocalDate.of(2026, 1, 1), end)), null, true);

    assertThatThrownBy(input::plan)
        .isInstanceOfSatisfying(
            BusinessException.class,
            refused -> {
              assertThat(refused.messageKey()).isEqualTo("job.failure.accessEnded");
              assertThat(refused.arguments()).containsExactly(end.plusWeeks(8));
            });
    LocalDate lastDayToday = TODAY.minusWeeks(8);
    assertThat(
            input(2, List.of(new DateRange(LocalDate.of(2026, 1, 1), lastDayToday)), null, false)
                .plan())
        .isPresent();
  }

  @Test
  void anUpToDateExportIsLeftAloneUnlessTheChildIsAskedForByName() {
    DiaryExport.Made made = new DiaryExport.Made(TODAY.minusDays(1), WRITTEN.plusSeconds(3600));

    assertThat(input(3, List.of(ENDED_YESTERDAY), made, false).plan()).isEmpty();
    assertThat(input(3, List.of(ENDED_YESTERDAY), made, true).plan()).isPresent();
  }

  @Test
  void anExportIsRemadeAfterANewEntryOrConsentOrForAnotherEndOfCare() {
    DiaryExport.Made beforeTheLatestChange =
        new DiaryExport.Made(TODAY.minusDays(1), WRITTEN.minusSeconds(1));
    DiaryExport.Made whileCareRan = new DiaryExport.Made(null, WRITTEN.plusSeconds(3600));

    assertThat(input(3, List.of(ENDED_YESTERDAY), beforeTheLatestChange, false).plan()).isPresent();
    assertThat(input(3, List.of(ENDED_YESTERDAY), whileCareRan, false).plan())
        .get()
        .extracting(DiaryExportPlan::visibleUntil)
        .isEqualTo(LocalDate.of(2027, 1, 22));
  }

  @Test
  void anExportIsCurrentOnlyForItsEndOfCareAndWhenNothingChangedSince() {
    Instant made = Instant.parse("2026-11-27T05:30:00Z");
    DiaryExport.Made export = new DiaryExport.Made(TODAY.minusDays(1), made);

    assertThat(export.isCurrentFor(TODAY.minusDays(1), made)).isTrue();
    assertThat(export.isCurrentFor(TODAY.minusDays(1), null)).isTrue();
    assertThat(export.isCurrentFor(TODAY.minusDays(1), made.plusMillis(1))).isFalse();
    assertThat(export.isCurrentFor(TODAY, made)).isFalse();
    assertThat(export.isCurrentFor(null, made)).isFalse();
    assertThat(new DiaryExport.Made(null, made).isCurrentFor(null, made)).isTrue();
  }

  @Test
  void aPlanWhoseLastDayDoesNotFollowFromTheEndOfCareIsRefused() {
    assertThatThrownBy(
            () -> new DiaryExportPlan(child, "Abel", "Abel Aalbers", family, TODAY, null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DiaryExportPlan(
                    child, "Abel", "Abel Aalbers", family, TODAY, TODAY.minusDays(1), false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
