package nl.ouderportaal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.ouderportaal.domain.platform.Clocks;
import org.junit.jupiter.api.Test;

class CarePolicyTest {

  private final CarePolicy policy = CarePolicy.standard(UUID.randomUUID(), CareType.DAYCARE);
  private final LocalDate today = LocalDate.of(2026, 11, 28);

  @Test
  void aRequestIsForTwoToNinetyDaysAhead() {
    assertThat(policy.inWindow(today.plusDays(1), today)).isFalse();
    assertThat(policy.inWindow(today.plusDays(2), today)).isTrue();
    assertThat(policy.inWindow(today.plusDays(90), today)).isTrue();
    assertThat(policy.inWindow(today.plusDays(91), today)).isFalse();
    assertThat(policy.inWindow(today.minusDays(1), today)).isFalse();
  }

  @Test
  void careCanBeCancelledUntilTwoDaysBeforeAtSixInTheEvening() {
    LocalDate day = LocalDate.of(2026, 12, 10);

    assertThat(policy.canCancel(day, at(2026, 12, 8, 17, 59))).isTrue();
    assertThat(policy.canCancel(day, at(2026, 12, 8, 18, 0))).isFalse();
    assertThat(policy.canCancel(day, at(2026, 12, 8, 18, 1))).isFalse();
    assertThat(policy.cancelDeadline(day).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 12, 8, 18, 0));
  }

  @Test
  void theDeadlineIsAmsterdamTimeAlsoAcrossTheSummerTimeChange() {
    // 29 March 2026 the clocks go forward: 18:00 on the 27th is 17:00 UTC, on the 30th 16:00 UTC
    assertThat(policy.cancelDeadline(LocalDate.of(2026, 3, 29)).toInstant().toString())
        .isEqualTo("2026-03-27T17:00:00Z");
    assertThat(policy.cancelDeadline(LocalDate.of(2026, 4, 1)).toInstant().toString())
        .isEqualTo("2026-03-30T16:00:00Z");
  }

  private static java.time.Instant at(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, Clocks.ZONE).toInstant();
  }
}
