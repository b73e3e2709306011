package nl.ouderportaal.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

class FamilyModelTest {

  private final Organisation organisation =
      new Organisation(
          "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67");
  private final Address address = new Address("Oudegracht 210", "3511 NR", "Utrecht");
  private final Location kdv =
      new Location(organisation, "De Boomhut", address, "123456789", CareType.DAYCARE);
  private final Family family = new Family(organisation, "De Vries", address);
  private final Child noor = new Child(family, "Noor", "de Vries", LocalDate.of(2026, 4, 15));

  @Test
  void aChildsAgeIsInYearsAndMonths() {
    assertThat(noor.ageInMonthsOn(LocalDate.of(2026, 11, 14))).isEqualTo(6);
    assertThat(noor.ageInMonthsOn(LocalDate.of(2026, 11, 15))).isEqualTo(7);
    assertThat(noor.ageOn(LocalDate.of(2028, 5, 1)).getYears()).isEqualTo(2);
    assertThatThrownBy(() -> noor.ageOn(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aContractBooksDayPartsOfItsLocationsCareType() {
    Contract contract = kdvContract(Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)));

    assertThat(contract.careType()).isEqualTo(CareType.DAYCARE);
    assertThatThrownBy(
            () -> kdvContract(Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL))))
        .isInstanceOf(BusinessException.class)
        .hasMessage("contract.daysRequired");
    assertThatThrownBy(() -> kdvContract(Set.of()))
        .isInstanceOf(BusinessException.class)
        .hasMessage("contract.daysRequired");
    assertThatThrownBy(() -> new ContractDay(DayOfWeek.SATURDAY, DayPart.MORNING))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contractCareIsTheSameAmountEveryMonth() {
    Contract contract =
        new Contract(
            noor,
            kdv,
            Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)),
            new BigDecimal("1056"),
            new BigDecimal("10.95"),
            DateRange.from(LocalDate.of(2026, 8, 1)));

    // 1056 hours x 10.95 = 11563.20 a year, 963.60 a month
    assertThat(contract.monthlyAmount()).isEqualByComparingTo("963.60");
  }

  @Test
  void theDaysOfAContractAreListedFromMonday() {
    Contract contract =
        kdvContract(
            Set.of(
                new ContractDay(DayOfWeek.TUESDAY, DayPart.AFTERNOON),
                new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON),
                new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)));

    assertThat(contract.days())
        .containsExactly(
            new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
            new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON),
            new ContractDay(DayOfWeek.TUESDAY, DayPart.AFTERNOON));
  }

  @Test
  void aPlacementIsCurrentDuringItsPeriod() {
    Group rupsjes = new Group(kdv, "Rupsjes", 0, 24, 12);
    Placement placement =
        new Placement(
            noor, rupsjes, new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 4, 14)));

    assertThat(placement.isCurrentOn(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(placement.isCurrentOn(LocalDate.of(2027, 4, 15))).isFalse();
  }

  @Test
  void theServiceDeskSearchTakesPercentAndUnderscoreLiterally() {
    assertThat(FamilyDirectory.pattern(null)).isEqualTo("%");
    assertThat(FamilyDirectory.pattern("  ")).isEqualTo("%");
    assertThat(FamilyDirectory.pattern(" De Vries ")).isEqualTo("%de vries%");
    assertThat(FamilyDirectory.pattern("50%_a")).isEqualTo("%50\\%\\_a%");
  }

  private Contract kdvContract(Set<ContractDay> days) {
    return new Contract(
        noor,
        kdv,
        days,
        new BigDecimal("264"),
        new BigDecimal("10.95"),
        DateRange.from(LocalDate.of(2026, 8, 1)));
  }
}
