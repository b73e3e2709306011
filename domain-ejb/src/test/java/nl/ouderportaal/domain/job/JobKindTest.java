package nl.ouderportaal.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** What month or year the service desk may start a job for. */
class JobKindTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void aMonthThatHasBegunInTheLastTwoYears() {
    assertThat(JobKind.MONTHLY_INVOICING.checkParameter(" 2026-10 ", TODAY)).isEqualTo("2026-10");
    assertThat(JobKind.MONTHLY_INVOICING.checkParameter("2026-11", TODAY)).isEqualTo("2026-11");
    assertThat(JobKind.MONTHLY_INVOICING.checkParameter("2024-11", TODAY)).isEqualTo("2024-11");
  }

  @Test
  void notAFutureMonthNorAnOldOneNorNonsense() {
    for (String wrong : new String[] {"2026-12", "2024-10", "2026-13", "oktober", "", null}) {
      assertThatThrownBy(() -> JobKind.MONTHLY_INVOICING.checkParameter(wrong, TODAY))
          .as(wrong)
          .isInstanceOf(BusinessException.class)
          .extracting(e -> ((BusinessException) e).messageKey())
          .isEqualTo("job.periodInvalid");
    }
  }

  @Test
  void aYearOfTheFiscalPeriod() {
    assertThat(JobKind.ANNUAL_STATEMENTS.checkParameter("2025", TODAY)).isEqualTo("2025");
    for (String wrong : new String[] {"2027", "2018", "25", "x"}) {
      assertThatThrownBy(() -> JobKind.ANNUAL_STATEMENTS.checkParameter(wrong, TODAY))
          .as(wrong)
          .extracting(e -> ((BusinessException) e).messageKey())
          .isEqualTo("job.yearInvalid");
    }
  }

  @Test
  void eachKindIsOneJobXml() {
    assertThat(JobKind.ofJobName("monthly-invoicing")).isEqualTo(JobKind.MONTHLY_INVOICING);
    assertThat(JobKind.ofJobName("annual-statements")).isEqualTo(JobKind.ANNUAL_STATEMENTS);
  }
}
