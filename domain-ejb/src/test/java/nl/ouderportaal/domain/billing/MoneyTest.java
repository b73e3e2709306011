package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void anAmountIsKeptInCentsAndEqualRegardlessOfHowItWasWritten() {
    assertThat(Money.euros("963.6")).isEqualTo(Money.euros("963.60"));
    assertThat(Money.euros("10").amount()).isEqualByComparingTo("10.00").hasScaleOf(2);
  }

  @Test
  void fractionsOfACentAreRefusedUnlessRoundedOnPurpose() {
    assertThatThrownBy(() -> Money.euros("60.225")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.rounded(new BigDecimal("60.225"))).isEqualTo(Money.euros("60.23"));
    assertThat(Money.rounded(new BigDecimal("60.2249"))).isEqualTo(Money.euros("60.22"));
  }

  @Test
  void hoursTimesRateIsRoundedHalfUpToCents() {
    assertThat(Money.euros("10.95").times(new BigDecimal("5.5"))).isEqualTo(Money.euros("60.23"));
    assertThat(Money.euros("10.01").times(new BigDecimal("777.77")))
        .isEqualTo(Money.euros("7785.48"));
  }

  @Test
  void amountsAddAndSubtract() {
    assertThat(Money.euros("963.60").plus(Money.euros("60.23"))).isEqualTo(Money.euros("1023.83"));
    assertThat(Money.euros("1.00").minus(Money.euros("1.01")).isNegative()).isTrue();
    assertThat(Money.ZERO.isZero()).isTrue();
  }
}
