package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stored series hands out 1, 2, 3... per organisation and year, and stops at its end. */
class InvoiceNumberSequenceTest {

  private final UUID organisation = UUID.randomUUID();

  @Test
  void aNewYearStartsAtOneAndCountsOnWithoutGaps() {
    InvoiceNumberSequence sequence = new InvoiceNumberSequence(organisation, 2026);

    assertThat(sequence.take()).isEqualTo(new InvoiceNumber(2026, 1));
    assertThat(sequence.take()).isEqualTo(new InvoiceNumber(2026, 2));
    assertThat(sequence.take().toString()).isEqualTo("2026-000003");
    assertThat(sequence.lastSequence()).isEqualTo(3);
  }

  @Test
  void theSeriesOfAYearCanBeUsedUp() {
    InvoiceNumberSequence sequence = new InvoiceNumberSequence(organisation, 2026);
    for (int i = 0; i < InvoiceNumber.MAX_SEQUENCE; i++) {
      sequence.take();
    }

    assertThatThrownBy(sequence::take).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anImplausibleYearHasNoSeries() {
    assertThatThrownBy(() -> new InvoiceNumberSequence(organisation, 1999))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
