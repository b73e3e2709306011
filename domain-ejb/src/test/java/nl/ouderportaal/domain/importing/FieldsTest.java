package nl.ouderportaal.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import org.junit.jupiter.api.Test;

class FieldsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private final List<ImportProblem> problems = new ArrayList<>();

  @Test
  void datesAreReadInTheDutchAndTheIsoWay() {
    assertThat(Fields.parseDate("31-12-2026")).contains(LocalDate.of(2026, 12, 31));
    assertThat(Fields.parseDate("1-2-2026")).contains(LocalDate.of(2026, 2, 1));
    assertThat(Fields.parseDate("01-02-2026")).contains(LocalDate.of(2026, 2, 1));
    assertThat(Fields.parseDate("1/2/2026")).contains(LocalDate.of(2026, 2, 1));
    assertThat(Fields.parseDate("1.2.2026")).contains(LocalDate.of(2026, 2, 1));
    assertThat(Fields.parseDate("2026-02-01")).contains(LocalDate.of(2026, 2, 1));
    assertThat(Fields.parseDate("29-2-2028")).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void daysThatDoNotExistAndTwoDigitYearsAreNoDates() {
    for (String noDate :
        List.of(
            "31-2-2026",
            "29-2-2027",
            "13-13-2026",
            "1-2-26",
            "1-2/2026",
            "2026-2-1",
            "2026/02/01",
            "1 februari 2026",
            "01-02-2026 00:00",
            "001-02-2026")) {
      assertThat(Fields.parseDate(noDate)).as(noDate).isEmpty();
    }
    Fields fields = fields("begindatum", "31-2-2026");

    assertThat(fields.date("begindatum")).isNull();
    assertProblem("begindatum", "import.date", "31-2-2026");
  }

  @Test
  void aRequiredDateMayNotBeEmptyAnOptionalOneMay() {
    assertThat(fields("einddatum", " ").optionalDate("einddatum")).isNull();
    assertThat(problems).isEmpty();

    assertThat(fields("begindatum", "").date("begindatum")).isNull();
    assertProblem("begindatum", "import.required", "begindatum");
  }

  @Test
  void anEndDateIsNotBeforeTheStart() {
    Fields sameDay = fields(Map.of("begindatum", "1-3-2026", "einddatum", "1-3-2026"));
    assertThat(sameDay.endDate("einddatum", "begindatum", LocalDate.of(2026, 3, 1)))
        .isEqualTo(LocalDate.of(2026, 3, 1));

    Fields before = fields(Map.of("begindatum", "1-3-2026", "einddatum", "28-2-2026"));
    assertThat(before.endDate("einddatum", "begindatum", LocalDate.of(2026, 3, 1))).isNull();
    assertProblem("einddatum", "import.endBeforeStart", "28-2-2026", "1-3-2026");
  }

  @Test
  void aDateOfBirthIsNotInTheFutureNorMoreThanEighteenYearsAgo() {
    assertThat(fields("geboortedatum", "28-11-2026").birthDate("geboortedatum", TODAY))
        .isEqualTo(TODAY);
    assertThat(fields("geboortedatum", "28-11-2008").birthDate("geboortedatum", TODAY))
        .isEqualTo(LocalDate.of(2008, 11, 28));
    assertThat(problems).isEmpty();

    assertThat(fields("geboortedatum", "29-11-2026").birthDate("geboortedatum", TODAY)).isNull();
    assertProblem("geboortedatum", "import.birthDateInFuture", "29-11-2026");

    problems.clear();
    assertThat(fields("geboortedatum", "27-11-2008").birthDate("geboortedatum", TODAY)).isNull();
    assertProblem("geboortedatum", "import.birthDateTooEarly", "27-11-2008");
  }

  @Test
  void amountsAreReadWithCommaOrPointAndWithOrWithoutThousands() {
    assertThat(Fields.parseDecimal("10,95")).contains(new BigDecimal("10.95"));
    assertThat(Fields.parseDecimal("10.95")).contains(new BigDecimal("10.95"));
    assertThat(Fields.parseDecimal("1.056,50")).contains(new BigDecimal("1056.50"));
    assertThat(Fields.parseDecimal("1,056.50")).contains(new BigDecimal("1056.50"));
    assertThat(Fields.parseDecimal("1056")).contains(new BigDecimal("1056"));
    assertThat(Fields.parseDecimal("1.056.000")).contains(new BigDecimal("1056000"));
    assertThat(Fields.parseDecimal("€ 10,5")).contains(new BigDecimal("10.5"));
    assertThat(Fields.parseDecimal("€10,95")).contains(new BigDecimal("10.95"));
    assertThat(Fields.parseDecimal("1 056,50")).contains(new BigDecimal("1056.50"));
    assertThat(Fields.parseDecimal("0")).contains(BigDecimal.ZERO);
  }

  @Test
  void moreThanTwoDecimalsOrAnAmbiguousThousandIsNoNumber() {
    for (String noNumber :
        List.of(
            "10,955", "1.056", "1,056", "10.9999", "1.05.6", "1,056,50", ",5", "10,", "tien", "")) {
      assertThat(Fields.parseDecimal(noNumber)).as(noNumber).isEmpty();
    }
    assertThat(fields("uurtarief", "10,955").amount("uurtarief")).isNull();
    assertProblem("uurtarief", "import.number", "10,955");
  }

  @Test
  void hoursAndEurosAreNotNegativeAndOptionalOnesHaveADefault() {
    assertThat(fields("uurtarief", "-10,95").amount("uurtarief")).isNull();
    assertProblem("uurtarief", "import.negative", "-10,95");

    problems.clear();
    assertThat(fields("flex_kdv_uren", "").optionalAmount("flex_kdv_uren", BigDecimal.ZERO))
        .isEqualTo(BigDecimal.ZERO);
    assertThat(fields("flex_kdv_uren", "22,5").optionalAmount("flex_kdv_uren", BigDecimal.ZERO))
        .isEqualTo(new BigDecimal("22.5"));
    assertThat(problems).isEmpty();
  }

  @Test
  void wholeNumbersAreDigitsOnly() {
    assertThat(fields("kindplaatsen", "16").count("kindplaatsen")).isEqualTo(16);
    assertThat(fields("leeftijd_van_maanden", "-1").wholeNumber("leeftijd_van_maanden"))
        .isEqualTo(-1);
    assertThat(fields("kindplaatsen_vso", "").optionalCount("kindplaatsen_vso")).isNull();
    assertThat(problems).isEmpty();

    for (String notWhole : List.of("16,5", "zestien", "1e3", "99999999999")) {
      problems.clear();
      assertThat(fields("kindplaatsen", notWhole).count("kindplaatsen")).isNull();
      assertProblem("kindplaatsen", "import.wholeNumber", notWhole);
    }
    problems.clear();
    assertThat(fields("kindplaatsen", "-2").count("kindplaatsen")).isNull();
    assertProblem("kindplaatsen", "import.negative", "-2");
  }

  @Test
  void aRequiredTextIsNotEmptyAndAtMostAHundredCharacters() {
    assertThat(fields("naam", "  Egeltjes ").text("naam")).isEqualTo("Egeltjes");
    assertThat(fields("naam", "é".repeat(100)).text("naam")).hasSize(100);
    assertThat(problems).isEmpty();

    assertThat(fields("naam", "   ").text("naam")).isNull();
    assertProblem("naam", "import.required", "naam");

    problems.clear();
    assertThat(fields("naam", "a".repeat(101)).text("naam")).isNull();
    assertProblem("naam", "import.tooLong", "naam", 100);

    problems.clear();
    assertThat(fields("gezinsnaam", "").optionalText("gezinsnaam")).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void anEmailAddressIsReadInLowerCase() {
    assertThat(fields("ouder1_email", " Sanne@Example.COM ").email("ouder1_email"))
        .isEqualTo("sanne@example.com");
    assertThat(problems).isEmpty();

    assertThat(fields("ouder1_email", "sanne.example.com").email("ouder1_email")).isNull();
    assertProblem("ouder1_email", "import.email", "sanne.example.com");
  }

  @Test
  void aPhoneNumberHasEightToFifteenDigits() {
    assertThat(fields("ouder1_telefoon", "06-12345678").optionalPhone("ouder1_telefoon"))
        .isEqualTo("06-12345678");
    assertThat(fields("ouder1_telefoon", "+31 (6) 1234 5678").optionalPhone("ouder1_telefoon"))
        .isEqualTo("+31 (6) 1234 5678");
    assertThat(fields("ouder1_telefoon", "").optionalPhone("ouder1_telefoon")).isNull();
    assertThat(problems).isEmpty();

    for (String noPhone : List.of("1234567", "0612345678901234", "06-1234567a", "++31612345678")) {
      problems.clear();
      assertThat(fields("ouder1_telefoon", noPhone).optionalPhone("ouder1_telefoon")).isNull();
      assertProblem("ouder1_telefoon", "import.phone", noPhone);
    }
  }

  @Test
  void anAddressHasADutchPostalCode() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("straat", "Oudegracht 210");
    values.put("postcode", "3511nr");
    values.put("plaats", "Utrecht");

    assertThat(fields(values).address("straat", "postcode", "plaats"))
        .isEqualTo(new Address("Oudegracht 210", "3511 NR", "Utrecht"));

    values.put("postcode", "B-1000");
    assertThat(fields(values).address("straat", "postcode", "plaats")).isNull();
    assertProblem("postcode", "import.postalCode", "B-1000");
  }

  @Test
  void anLrkNumberHasNineDigits() {
    assertThat(fields("lrk_nummer", "190 004 836").lrkNumber("lrk_nummer")).isEqualTo("190004836");
    assertThat(problems).isEmpty();

    assertThat(fields("lrk_nummer", "19000483").lrkNumber("lrk_nummer")).isNull();
    assertProblem("lrk_nummer", "import.lrk", "19000483");
  }

  @Test
  void theCareTypeIsKdvOrBsoInTheWordsPeopleUse() {
    for (String daycare : List.of("KDV", "kdv", "Dagopvang", "kinderdagverblijf")) {
      assertThat(fields("opvangsoort", daycare).careType("opvangsoort"))
          .isEqualTo(CareType.DAYCARE);
    }
    for (String outOfSchool : List.of("BSO", "Buitenschoolse opvang", "buitenschoolse  opvang")) {
      assertThat(fields("opvangsoort", outOfSchool).careType("opvangsoort"))
          .isEqualTo(CareType.OUT_OF_SCHOOL);
    }
    assertThat(problems).isEmpty();

    assertThat(fields("opvangsoort", "peuterspeelzaal").careType("opvangsoort")).isNull();
    assertProblem("opvangsoort", "import.careType", "peuterspeelzaal");
  }

  @Test
  void openingTimesAreReadWithColonOrPoint() {
    assertThat(fields("open_van", "7:30").optionalTime("open_van", null))
        .isEqualTo(LocalTime.of(7, 30));
    assertThat(fields("open_van", "07.00").optionalTime("open_van", null))
        .isEqualTo(LocalTime.of(7, 0));
    assertThat(fields("open_tot", "18:30:00").optionalTime("open_tot", null))
        .isEqualTo(LocalTime.of(18, 30));
    assertThat(fields("open_tot", "").optionalTime("open_tot", LocalTime.of(18, 30)))
        .isEqualTo(LocalTime.of(18, 30));
    assertThat(problems).isEmpty();

    for (String noTime : List.of("25:00", "7:75", "half acht", "730")) {
      problems.clear();
      assertThat(fields("open_van", noTime).optionalTime("open_van", null)).isNull();
      assertProblem("open_van", "import.time", noTime);
    }
  }

  @Test
  void openingDaysAreWeekdaysAsListOrRange() {
    EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    assertThat(Fields.parseWeekdays("ma-vr")).contains(weekdays);
    assertThat(Fields.parseWeekdays("Ma t/m Vr")).contains(weekdays);
    assertThat(Fields.parseWeekdays("ma,di,wo,do,vr")).contains(weekdays);
    assertThat(Fields.parseWeekdays("maandag, woensdag"))
        .contains(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
    assertThat(Fields.parseWeekdays("ma-wo, vr"))
        .contains(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
    assertThat(fields("open_dagen", "").optionalWeekdays("open_dagen", weekdays))
        .isEqualTo(weekdays);
  }

  @Test
  void weekendsAndUnknownDaysAreRefused() {
    for (String noDays :
        List.of("ma-za", "zo", "vr-ma", "ma-di-wo", "maandag, vrydag", "-", "ma-")) {
      assertThat(Fields.parseWeekdays(noDays)).as(noDays).isEmpty();
    }
    assertThat(fields("open_dagen", "ma-za").optionalWeekdays("open_dagen", null)).isNull();
    assertProblem("open_dagen", "import.openingDays", "ma-za");
  }

  @Test
  void dayPartsAreReadWhateverTheCareType() {
    assertThat(fields("maandag", "hele dag").dayParts("maandag"))
        .containsExactly(DayPart.MORNING, DayPart.AFTERNOON);
    assertThat(fields("maandag", "Ochtend + middag").dayParts("maandag"))
        .containsExactly(DayPart.MORNING, DayPart.AFTERNOON);
    assertThat(fields("maandag", "VSO, NSO").dayParts("maandag"))
        .containsExactly(DayPart.BEFORE_SCHOOL, DayPart.AFTER_SCHOOL);
    assertThat(fields("maandag", "vakantie").dayParts("maandag"))
        .containsExactly(DayPart.HOLIDAY_DAY);
    assertThat(fields("maandag", "Vakantiedag+ochtend").dayParts("maandag"))
        .containsExactly(DayPart.MORNING, DayPart.HOLIDAY_DAY);
    assertThat(fields("maandag", "").dayParts("maandag")).isEmpty();
    assertThat(problems).isEmpty();

    assertThat(fields("maandag", "ochtend+avond").dayParts("maandag")).isNull();
    assertProblem("maandag", "import.dayPart", "avond");
  }

  private Fields fields(String column, String value) {
    return fields(Map.of(column, value));
  }

  private Fields fields(Map<String, String> values) {
    return new Fields("test.csv", new CsvRow(7, values), problems);
  }

  private void assertProblem(String column, String messageKey, Serializable... arguments) {
    assertThat(problems)
        .singleElement()
        .isEqualTo(new ImportProblem("test.csv", 7, column, messageKey, List.of(arguments)));
  }
}
