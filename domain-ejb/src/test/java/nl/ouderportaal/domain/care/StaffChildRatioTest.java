package nl.ouderportaal.domain.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nl.ouderportaal.domain.care.StaffChildRatio.Need;
import nl.ouderportaal.domain.organisation.CareType;
import org.junit.jupiter.api.Test;

class StaffChildRatioTest {

  private static List<Integer> times(int count, int ageInMonths) {
    return Collections.nCopies(count, ageInMonths);
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  void nobodyPresentNeedsNobody() {
    assertThat(StaffChildRatio.of(CareType.DAYCARE, List.of())).isEqualTo(new Need(0, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, List.of())).isEqualTo(new Need(0, false));
  }

  @Test
  void babiesNeedOneGroupWorkerForEveryThree() {
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(3, 6))).isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(4, 11))).isEqualTo(new Need(2, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(12, 0))).isEqualTo(new Need(4, false));
  }

  @Test
  void oneYearOldsFiveAndOlderToddlersEight() {
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(5, 12))).isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(6, 23))).isEqualTo(new Need(2, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(8, 24))).isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(16, 47))).isEqualTo(new Need(2, false));
    assertThat(StaffChildRatio.of(CareType.DAYCARE, times(9, 36))).isEqualTo(new Need(2, false));
  }

  @Test
  void aMixedDaycareGroupAddsEachChildsShareAndSaysItIsAnApproximation() {
    // a baby (1/3) and four toddlers of two (4/8): 5/6 of a group worker
    assertThat(StaffChildRatio.of(CareType.DAYCARE, concat(times(1, 8), times(4, 30))))
        .isEqualTo(new Need(1, true));
    // two babies (2/3) and three toddlers (3/8): more than one
    assertThat(StaffChildRatio.of(CareType.DAYCARE, concat(times(2, 8), times(3, 30))))
        .isEqualTo(new Need(2, true));
    // three babies (1), five one-year-olds (1), eight toddlers (1): exactly three
    assertThat(
            StaffChildRatio.of(
                CareType.DAYCARE, concat(times(3, 3), concat(times(5, 18), times(8, 40)))))
        .isEqualTo(new Need(3, true));
  }

  @Test
  void outOfSchoolCareCountsTenYoungTwelveOlderAndElevenMixed() {
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, times(10, 60)))
        .isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, times(11, 83)))
        .isEqualTo(new Need(2, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, times(12, 84)))
        .isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, times(13, 120)))
        .isEqualTo(new Need(2, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, concat(times(6, 60), times(5, 100))))
        .isEqualTo(new Need(1, false));
    assertThat(StaffChildRatio.of(CareType.OUT_OF_SCHOOL, concat(times(6, 60), times(6, 100))))
        .isEqualTo(new Need(2, false));
  }
}
