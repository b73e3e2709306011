package nl.ouderportaal.domain.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class AccessAfterCareTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void whileCareRunsOrIsToComeThereIsNoEnd() {
    assertThat(AccessAfterCare.lastDay(List.of(DateRange.from(TODAY.minusYears(1))), 8, TODAY))
        .isEmpty();
    assertThat(AccessAfterCare.lastDay(List.of(new DateRange(TODAY.plusMonths(1), null)), 8, TODAY))
        .isEmpty();
    assertThat(AccessAfterCare.lastDay(List.of(), 8, TODAY)).isEmpty();
    assertThat(
            AccessAfterCare.lastDay(
                List.of(
                    new DateRange(TODAY.minusYears(2), TODAY.minusMonths(3)),
                    DateRange.from(TODAY)),
                8,
                TODAY))
        .isEmpty();
  }

  @Test
  void aContractEndingTodayStillRuns() {
    assertThat(AccessAfterCare.careEnded(List.of(new DateRange(TODAY.minusYears(1), TODAY)), TODAY))
        .isFalse();
    assertThat(
            AccessAfterCare.careEnded(
                List.of(new DateRange(TODAY.minusYears(1), TODAY)), TODAY.plusDays(1)))
        .isTrue();
  }

  @Test
  void afterTheLastContractEndsParentsCanLogInForTheWindow() {
    LocalDate end = LocalDate.of(2026, 10, 31);
    List<DateRange> contracts =
        List.of(
            new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
            new DateRange(LocalDate.of(2026, 1, 1), end));

    assertThat(AccessAfterCare.lastDay(contracts, 8, TODAY)).contains(LocalDate.of(2026, 12, 26));
    assertThat(AccessAfterCare.careEnded(contracts, TODAY)).isTrue();
  }

  @Test
  void theLastEndOfCareIsKnownBeforeItComes() {
    LocalDate end = TODAY.plusMonths(2);
    List<DateRange> contracts =
        List.of(
            new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
            new DateRange(LocalDate.of(2026, 1, 1), end));

    assertThat(AccessAfterCare.lastEnd(contracts)).contains(end);
    assertThat(AccessAfterCare.lastDay(contracts, 8, TODAY)).isEmpty();
    assertThat(AccessAfterCare.lastDay(contracts, 8, end.plusDays(1))).contains(end.plusWeeks(8));
  }

  @Test
  void careWithoutAnEndOrWithoutAContractHasNoLastEnd() {
    assertThat(
            AccessAfterCare.lastEnd(
                List.of(
                    new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
                    DateRange.from(LocalDate.of(2026, 1, 1)))))
        .isEmpty();
    assertThat(AccessAfterCare.lastEnd(List.of())).isEmpty();
  }
}
