package nl.ouderportaal.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ouderportaal.domain.job.JobKind;
import org.junit.jupiter.api.Test;

/** What the morning timer starts on a day (once per organisation; see Schedules). */
class SchedulesTest {

  @Test
  void everyDayTheDiaryExportsOfTheChildrenWhoseCareEndedYesterday() {
    assertThat(Schedules.dueOn(LocalDate.of(2026, 11, 18)))
        .containsExactly(
            new Schedules.Due(JobKind.MONTHLY_INVOICING, "2026-10"),
            new Schedules.Due(JobKind.DIARY_EXPORTS, "2026-11-17"));
  }

  @Test
  void beforeTheFirstWorkingDayOfAMonthNoInvoicingOfTheMonthBefore() {
    // 1 November 2026 is a Sunday; the first working day is Monday the 2nd
    assertThat(Schedules.dueOn(LocalDate.of(2026, 11, 1)))
        .containsExactly(new Schedules.Due(JobKind.DIARY_EXPORTS, "2026-10-31"));
    assertThat(Schedules.dueOn(LocalDate.of(2026, 11, 2)))
        .extracting(Schedules.Due::kind)
        .containsExactly(JobKind.MONTHLY_INVOICING, JobKind.DIARY_EXPORTS);
  }

  @Test
  void fromTheFirstWorkingDayAfterTheFourteenthOfJanuaryTheAnnualStatements() {
    // 15 January 2028 is a Saturday: the statements wait for Monday the 17th
    assertThat(Schedules.dueOn(LocalDate.of(2028, 1, 15)))
        .extracting(Schedules.Due::kind)
        .doesNotContain(JobKind.ANNUAL_STATEMENTS);
    assertThat(Schedules.dueOn(LocalDate.of(2028, 1, 17)))
        .contains(new Schedules.Due(JobKind.ANNUAL_STATEMENTS, "2027"));
  }
}
