package nl.ouderportaal.domain.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** Contracts in words, for the audit log and the parents' answer. */
class WordsTest {

  private final Organisation organisation =
      new Organisation("De Zonnebloem", "sp@zonnebloem.example", "030 123 45 67");
  private final Location bso =
      new Location(
          organisation,
          "BSO De Ontdekking",
          new Address("Kanaalweg 45", "3526 KL", "Utrecht"),
          "987654321",
          CareType.OUT_OF_SCHOOL);
  private final Family family =
      new Family(organisation, "De Vries", new Address("Oudegracht 210", "3511 NR", "Utrecht"));
  private final Child daan = new Child(family, "Daan", "de Vries", LocalDate.of(2021, 3, 1));

  private final Contract.Terms before =
      terms(
          Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
          "420",
          new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 1, 3)));
  private final Contract.Terms after =
      terms(
          Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
          "560",
          DateRange.from(LocalDate.of(2027, 1, 4)));

  @Test
  void aContractInDutchNamesWhereWhenAndWhatItCosts() {
    assertThat(Words.dutch().contract(after))
        .isEqualTo(
            "BSO bij BSO De Ontdekking, maandag, woensdag, donderdag en vrijdag na school (NSO),"
                + " 560 uur per jaar à € 9,85, 18 uur BSO-flextegoed per jaar, vanaf 4 januari 2027");
  }

  @Test
  void weekdaysWithTheSameDayPartsGoTogetherAndBothKdvPartsAreAWholeDay() {
    assertThat(
            Words.dutch()
                .days(
                    Set.of(
                        new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
                        new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON),
                        new ContractDay(DayOfWeek.TUESDAY, DayPart.MORNING),
                        new ContractDay(DayOfWeek.TUESDAY, DayPart.AFTERNOON),
                        new ContractDay(DayOfWeek.FRIDAY, DayPart.MORNING))))
        .isEqualTo("maandag en dinsdag hele dag, vrijdag ochtend");
  }

  @Test
  void theParentsReadWhatChangesFromWhenInTheirLanguage() {
    LocalDate from = LocalDate.of(2027, 1, 4);
    assertThat(Words.in("nl").contractChanged(daan, before, after, from))
        .isEqualTo(
            "We hebben de opvang van Daan aangepast. Vanaf maandag 4 januari 2027: BSO bij BSO De"
                + " Ontdekking, maandag, woensdag, donderdag en vrijdag na school (NSO), 560 uur"
                + " per jaar à € 9,85 (€ 459,67 per maand). Tot en met zondag 3 januari 2027 blijft"
                + " het zoals het was: maandag, woensdag en donderdag na school (NSO), 420 uur per"
                + " jaar à € 9,85.");
    assertThat(Words.in("en").contractChanged(daan, null, after, from))
        .startsWith(
            "We have changed Daan's care. From Monday 4 January 2027: BSO at BSO De Ontdekking, Monday, Wednesday, Thursday and Friday after school, 560 hours a year at € 9.85 (€ 459.67 a month).");
  }

  private Contract.Terms terms(Set<DayOfWeek> weekdays, String hours, DateRange period) {
    Set<ContractDay> days = new java.util.HashSet<>();
    weekdays.forEach(d -> days.add(new ContractDay(d, DayPart.AFTER_SCHOOL)));
    return new Contract.Terms(
        bso,
        days,
        new BigDecimal(hours),
        new BigDecimal("9.85"),
        new FlexHours(null, new BigDecimal("18"), null),
        period);
  }
}
