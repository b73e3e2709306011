package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

  @Test
  void isPrintedAsYearAndSixDigits() {
    assertThat(new InvoiceNumber(2026, 123)).hasToString("2026-000123");
    assertThat(InvoiceNumber.first(2027)).hasToString("2027-000001");
  }

  @Test
  void isReadBackFromItsPrintedForm() {
    assertThat(InvoiceNumber.parse("2026-000123")).isEqualTo(new InvoiceNumber(2026, 123));
    assertThat(InvoiceNumber.parse(" 2026-999999 ")).isEqualTo(new InvoiceNumber(2026, 999_999));
    InvoiceNumber number = new InvoiceNumber(2031, 40_517);
    assertThat(InvoiceNumber.parse(number.toString())).isEqualTo(number);
  }

  @Test
  void otherFormsAreRefused() {
    for (String text : new String[] {"2026-123", "26-000123", "2026000123", "2026-000000", "x"}) {
      assertThatThrownBy(() -> InvoiceNumber.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theSeriesHasNoGapsAndStartsAgainEachYear() {
    InvoiceNumber last = new InvoiceNumber(2026, 122);

    assertThat(last.following(2026)).isEqualTo(new InvoiceNumber(2026, 123));
    assertThat(last.following(2027)).isEqualTo(new InvoiceNumber(2027, 1));
    assertThatThrownBy(() -> last.following(2025)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvoiceNumber(2026, InvoiceNumber.MAX_SEQUENCE).following(2026))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void numbersSortByYearThenSequence() {
    assertThat(new InvoiceNumber(2026, 999)).isLessThan(new InvoiceNumber(2027, 1));
    assertThat(new InvoiceNumber(2026, 9)).isLessThan(new InvoiceNumber(2026, 10));
  }
}
