package nl.ouderportaal.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** What month, year, day, child or group the service desk may start a job for. */
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
  void diaryExportsForADayBeforeTodayOrAChildOrGroupById() {
    String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    assertThat(JobKind.DIARY_EXPORTS.checkParameter(" 2026-11-27 ", TODAY)).isEqualTo("2026-11-27");
    assertThat(JobKind.DIARY_EXPORTS.checkParameter("2025-01-31", TODAY)).isEqualTo("2025-01-31");
    assertThat(JobKind.DIARY_EXPORTS.checkParameter(id.toUpperCase(java.util.Locale.ROOT), TODAY))
        .isEqualTo(id);
    for (String wrong :
        new String[] {"2026-11-28", "2026-12-01", "27-11-2026", "groep X", "", null, id + "x"}) {
      assertThatThrownBy(() -> JobKind.DIARY_EXPORTS.checkParameter(wrong, TODAY))
          .as(wrong)
          .isInstanceOf(BusinessException.class)
          .extracting(e -> ((BusinessException) e).messageKey())
          .isEqualTo("job.diaryParameterInvalid");
    }
  }

  @Test
  void aRunShowsTheParameterItWasStartedWith() {
    assertThat(JobKind.DIARY_EXPORTS.parameter()).isEqualTo("endingOn");
    assertThat(JobKind.DIARY_EXPORTS.parameters()).containsExactly("endingOn", "group", "child");
    assertThat(
            JobKind.DIARY_EXPORTS.parameterIn(
                java.util.Map.of("group", "g-1", "organisation", "o-1", "endingOn", "")))
        .isEqualTo("g-1");
    assertThat(JobKind.MONTHLY_INVOICING.parameterIn(java.util.Map.of("period", "2026-10")))
        .isEqualTo("2026-10");
    assertThat(JobKind.ANNUAL_STATEMENTS.parameterIn(java.util.Map.of())).isEmpty();
  }

  @Test
  void eachKindIsOneJobXml() {
    assertThat(JobKind.ofJobName("monthly-invoicing")).isEqualTo(JobKind.MONTHLY_INVOICING);
    assertThat(JobKind.ofJobName("annual-statements")).isEqualTo(JobKind.ANNUAL_STATEMENTS);
    assertThat(JobKind.ofJobName("diary-exports")).isEqualTo(JobKind.DIARY_EXPORTS);
  }
}
