package nl.ouderportaal.domain.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class PhotoDaysTest {

  private final UUID rupsjes = UUID.randomUUID();
  private final UUID vlinders = UUID.randomUUID();
  private final LocalDate moved = LocalDate.of(2025, 3, 1);

  /** In the Rupsjes until the end of February, in the Vlinders since 1 March. */
  private final PhotoDays days =
      new PhotoDays(
          List.of(
              new PhotoDays.Stay(
                  rupsjes, new DateRange(LocalDate.of(2024, 9, 1), moved.minusDays(1))),
              new PhotoDays.Stay(vlinders, DateRange.from(moved))));

  @Test
  void theFormerGroupsPhotosOfTheDaysTheChildWasThereStay() {
    assertThat(days.covers(rupsjes, LocalDate.of(2024, 9, 1))).isTrue();
    assertThat(days.covers(rupsjes, moved.minusDays(1))).isTrue();
    assertThat(days.groups()).containsExactlyInAnyOrder(rupsjes, vlinders);
  }

  @Test
  void aGroupsPhotosOfDaysBeforeOrAfterThePlacementAreNotTheParents() {
    assertThat(days.covers(rupsjes, LocalDate.of(2024, 8, 31))).isFalse();
    assertThat(days.covers(rupsjes, moved)).isFalse();
    assertThat(days.covers(vlinders, moved.minusDays(1))).isFalse();
    assertThat(days.covers(vlinders, moved.plusYears(1))).as("no end yet").isTrue();
  }

  @Test
  void noOtherGroupsPhotos() {
    assertThat(days.covers(UUID.randomUUID(), moved)).isFalse();
    assertThat(new PhotoDays(List.of()).groups()).isEmpty();
  }
}
