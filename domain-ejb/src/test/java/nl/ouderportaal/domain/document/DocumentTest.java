package nl.ouderportaal.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How long parents see a document: the rule {@code Documents} applies to lists and downloads. */
class DocumentTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 22);

  private Document document(LocalDate visibleUntil) {
    return new Document(
        UUID.randomUUID(),
        DocumentKind.DIARY_EXPORT,
        "Dagboek van Abel",
        "dagboek-Abel",
        UUID.randomUUID(),
        Instant.parse("2026-11-28T05:30:00Z"),
        null,
        visibleUntil);
  }

  @Test
  void parentsSeeItUpToAndIncludingItsLastDay() {
    Document export = document(LAST_DAY);

    assertThat(export.isVisibleOn(LAST_DAY.minusDays(1))).isTrue();
    assertThat(export.isVisibleOn(LAST_DAY)).isTrue();
    assertThat(export.isVisibleOn(LAST_DAY.plusDays(1))).isFalse();
  }

  @Test
  void withoutALastDayParentsSeeItAsLongAsTheyHaveAccess() {
    assertThat(document(null).isVisibleOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void theFileNameIsSafeAndAPdf() {
    assertThat(document(null).fileName()).isEqualTo("dagboek-abel.pdf");
  }
}
