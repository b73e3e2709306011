package nl.ouderportaal.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MyInvoicesTest {

  @Test
  void amountsAreInEurosInDutchAndInEnglish() {
    BigDecimal amount = new BigDecimal("1308.35");
    assertThat(MyInvoices.euros(amount, Locale.forLanguageTag("nl")).replace('\u00a0', ' '))
        .isEqualTo("€ 1.308,35");
    assertThat(MyInvoices.euros(amount, Locale.ENGLISH)).isEqualTo("€1,308.35");
  }
}
