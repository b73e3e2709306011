package nl.ouderportaal.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  @Test
  void bothEndsAreIncluded() {
    DateRange january = new DateRange(JAN_1, JAN_31);

    assertThat(january.contains(JAN_1)).isTrue();
    assertThat(january.contains(JAN_31)).isTrue();
    assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(january.contains(JAN_31.plusDays(1))).isFalse();
  }

  @Test
  void withoutAnEndItRunsForever() {
    DateRange open = DateRange.from(JAN_1);

    assertThat(open.isOpenEnded()).isTrue();
    assertThat(open.contains(LocalDate.of(2099, 12, 31))).isTrue();
    assertThat(open.overlaps(new DateRange(JAN_1.minusYears(1), JAN_1))).isTrue();
    assertThat(open.overlaps(new DateRange(JAN_1.minusYears(1), JAN_1.minusDays(1)))).isFalse();
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    assertThatThrownBy(() -> new DateRange(JAN_31, JAN_1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
