package nl.ouderportaal.domain.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A diary export run is for exactly one of: children whose care ended, a group, one child. */
class DiaryExportSelectionTest {

  private final UUID id = UUID.randomUUID();

  @Test
  void theJobParametersNameExactlyOneSelection() {
    assertThat(
            DiaryExportSelection.of(
                Map.of("endingOn", "2026-11-27", "group", "", "organisation", id.toString())))
        .isEqualTo(DiaryExportSelection.endingOn(LocalDate.of(2026, 11, 27)));
    assertThat(DiaryExportSelection.of(Map.of("group", id.toString())))
        .isEqualTo(DiaryExportSelection.ofGroup(id));
    DiaryExportSelection child = DiaryExportSelection.of(Map.of("child", id.toString()));
    assertThat(child.isOneChild()).isTrue();
    assertThat(child.parameterName()).isEqualTo("child");
    assertThat(child.parameterValue()).isEqualTo(id.toString());
    assertThat(DiaryExportSelection.ofGroup(id).isOneChild()).isFalse();
    assertThat(DiaryExportSelection.endingOn(LocalDate.of(2026, 11, 27)).parameterValue())
        .isEqualTo("2026-11-27");
  }

  @Test
  void noneTwoOrNonsenseIsNoSelection() {
    for (Map<String, String> wrong :
        java.util.List.of(
            Map.<String, String>of(),
            Map.of("endingOn", "2026-11-27", "child", id.toString()),
            Map.of("endingOn", "27-11-2026"),
            Map.of("group", "groep X"))) {
      assertThatThrownBy(() -> DiaryExportSelection.of(wrong))
          .as(wrong.toString())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
