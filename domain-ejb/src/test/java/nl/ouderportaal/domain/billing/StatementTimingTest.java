package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** When the annual statements of a year come too early, and why. */
class StatementTimingTest {

  @Test
  void onTheSeventhOfDecemberTheYearHasNotEnded() {
    StatementTiming timing = new StatementTiming(Year.of(2026), LocalDate.of(2026, 12, 7), true);

    assertThat(timing.yearEnded()).isFalse();
    assertThat(timing.tooEarlyBecause()).contains(StatementTiming.YEAR_NOT_ENDED);
  }

  @Test
  void onNewYearsEveTheYearHasStillNotEnded() {
    assertThat(
            new StatementTiming(Year.of(2026), LocalDate.of(2026, 12, 31), false).tooEarlyBecause())
        .contains(StatementTiming.YEAR_NOT_ENDED);
  }

  @Test
  void inJanuaryTheyWaitForDecembersInvoices() {
    assertThat(
            new StatementTiming(Year.of(2026), LocalDate.of(2027, 1, 1), false).tooEarlyBecause())
        .contains(StatementTiming.DECEMBER_NOT_INVOICED);
  }

  @Test
  void afterTheYearWithDecemberInvoicedTheyAreDue() {
    assertThat(
            new StatementTiming(Year.of(2026), LocalDate.of(2027, 1, 15), true).tooEarlyBecause())
        .isEmpty();
    assertThat(
            new StatementTiming(Year.of(2019), LocalDate.of(2026, 12, 7), true).tooEarlyBecause())
        .isEmpty();
  }
}
