package nl.ouderportaal.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OccupancyTest {

  private final UUID anna = UUID.randomUUID();
  private final UUID bram = UUID.randomUUID();
  private final UUID cas = UUID.randomUUID();
  private final UUID daan = UUID.randomUUID();

  @Test
  void contractChildrenPlusExtraCareMinusAbsencesEachChildOnce() {
    Occupancy occupancy = new Occupancy(Set.of(anna, bram), Set.of(bram, cas), Set.of(anna), 3);

    assertThat(occupancy.count()).isEqualTo(2);
  }

  @Test
  void aNewcomerFitsWhileThereIsRoomAndAnAbsenceMakesRoom() {
    Occupancy full = new Occupancy(Set.of(anna, bram, cas), Set.of(), Set.of(), 3);
    Occupancy oneAway = new Occupancy(Set.of(anna, bram, cas), Set.of(), Set.of(cas), 3);

    assertThat(full.fits(Set.of(daan))).isFalse();
    assertThat(full.fits(Set.of(anna))).as("already counted").isTrue();
    assertThat(oneAway.fits(Set.of(daan))).isTrue();
    assertThat(oneAway.fits(Set.of(daan, UUID.randomUUID()))).isFalse();
  }
}
