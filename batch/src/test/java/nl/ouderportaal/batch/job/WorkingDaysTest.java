package nl.ouderportaal.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The first working day of a month, when the schedule invoices the month before. */
class WorkingDaysTest {

  @Test
  void easterFollowsTheCalendar() {
    assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void aWeekdayIsTheFirstWorkingDay() {
    assertThat(WorkingDays.firstOf(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void theWeekendIsSkipped() {
    assertThat(WorkingDays.firstOf(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 2));
  }

  @Test
  void newYearIsNotAWorkingDay() {
    assertThat(WorkingDays.firstOf(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(WorkingDays.firstOf(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void easterMondayOnTheFirstMovesIt() {
    // Easter 2024 was 31 March: Monday 1 April was Easter Monday
    assertThat(WorkingDays.firstOf(YearMonth.of(2024, 4))).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void whitMondayAscensionAndKingsDayAreHolidays() {
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    // King's Day on a Sunday moves to the Saturday before (2025: 26 April)
    assertThat(WorkingDays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
  }
}
