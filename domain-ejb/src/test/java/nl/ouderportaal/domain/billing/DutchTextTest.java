package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.ouderportaal.domain.organisation.CareType;
import org.junit.jupiter.api.Test;

class DutchTextTest {

  @Test
  void eurosHaveADecimalCommaAndADotBetweenThousands() {
    assertThat(DutchText.euros(Money.euros("963.60"))).isEqualTo("€ 963,60");
    assertThat(DutchText.euros(Money.euros("11563.2"))).isEqualTo("€ 11.563,20");
    assertThat(DutchText.euros(Money.euros("1234567.05"))).isEqualTo("€ 1.234.567,05");
    assertThat(DutchText.euros(Money.euros("0.5"))).isEqualTo("€ 0,50");
    assertThat(DutchText.euros(Money.euros("-12.5"))).isEqualTo("€ -12,50");
  }

  @Test
  void hoursAndDatesAreWrittenTheDutchWay() {
    assertThat(DutchText.hours(new BigDecimal("1064.5"))).isEqualTo("1.064,50");
    assertThat(DutchText.date(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
    assertThat(DutchText.shortDate(LocalDate.of(2024, 4, 5))).isEqualTo("05-04-2024");
    assertThat(DutchText.month(YearMonth.of(2026, 11))).isEqualTo("november 2026");
    assertThat(DutchText.careType(CareType.OUT_OF_SCHOOL)).isEqualTo("Buitenschoolse opvang");
  }
}
