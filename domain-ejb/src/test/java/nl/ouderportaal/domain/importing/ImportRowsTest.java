package nl.ouderportaal.domain.importing;

import static nl.ouderportaal.domain.importing.Uploads.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void aSmallOrganisationInSixFilesIsReadWithoutProblems() {
    ImportRows.Parsed parsed =
        ImportRows.parse(
            ImportFiles.read(
                List.of(Uploads.zip("export.zip", SampleFiles.all().toArray(UploadedFile[]::new)))),
            TODAY);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.locations())
        .containsExactly(
            new LocationRow(
                2,
                "L1",
                "KDV De Boomhut",
                new Address("Oudegracht 210", "3511 NR", "Utrecht"),
                "190004836",
                CareType.DAYCARE,
                LocalTime.of(7, 30),
                LocalTime.of(18, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
            new LocationRow(
                3,
                "L2",
                "BSO De Vlinder",
                new Address("Biltstraat 12", "3572 AB", "Utrecht"),
                "123456789",
                CareType.OUT_OF_SCHOOL,
                LocalTime.of(7, 0),
                LocalTime.of(18, 30),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)),
            new LocationRow(
                4,
                "L3",
                "Kinderdagverblijf 't Kasteel",
                new Address("Kasteellaan 1", "3931 AA", "Woudenberg"),
                "987654321",
                CareType.DAYCARE,
                LocalTime.of(7, 30),
                LocalTime.of(18, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    assertThat(parsed.groups())
        .extracting(
            GroupRow::externalId,
            GroupRow::locationId,
            GroupRow::minAgeMonths,
            GroupRow::maxAgeMonths)
        .containsExactly(
            tuple("G1", "L1", 0, 24), tuple("G2", "L1", 24, 48), tuple("G3", "L2", 48, 96));
    assertThat(parsed.groups().get(0).capacities())
        .containsExactly(
            Map.entry(DayPart.MORNING, 12),
            Map.entry(DayPart.AFTERNOON, 10),
            Map.entry(DayPart.BEFORE_SCHOOL, 12),
            Map.entry(DayPart.AFTER_SCHOOL, 12),
            Map.entry(DayPart.HOLIDAY_DAY, 12));
    assertThat(parsed.families())
        .containsExactly(
            new FamilyRow(
                2,
                "F1",
                "De Vries",
                new Address("Lange Nieuwstraat 4, achterhuis", "3512 PH", "Utrecht"),
                List.of(
                    new ParentRow("Sanne", "de Vries", "sanne@example.com", "06-12345678"),
                    new ParentRow("Mark", "de Vries", "mark@example.com", null))),
            new FamilyRow(
                3,
                "F2",
                "Ünal",
                new Address("Twijnstraat 30", "3511 ZL", "Utrecht"),
                List.of(new ParentRow("Açelya", "Ünal", "acelya@example.com", "+31 6 1234 5678"))));
    assertThat(parsed.children())
        .containsExactly(
            new ChildRow(2, "K1", "F1", "Noor", "de Vries", LocalDate.of(2025, 5, 3)),
            new ChildRow(3, "K2", "F1", "Daan", "de Vries", LocalDate.of(2019, 9, 14)),
            new ChildRow(4, "K3", "F2", "Zoë", "Ünal", LocalDate.of(2024, 2, 14)));
    assertThat(parsed.contracts())
        .containsExactly(
            new ContractRow(
                2,
                "C1",
                "K1",
                "L1",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 7, 31),
                Set.of(
                    new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING),
                    new ContractDay(DayOfWeek.MONDAY, DayPart.AFTERNOON),
                    new ContractDay(DayOfWeek.TUESDAY, DayPart.MORNING),
                    new ContractDay(DayOfWeek.TUESDAY, DayPart.AFTERNOON)),
                new BigDecimal("1056.00"),
                new BigDecimal("10.95"),
                new BigDecimal("22"),
                BigDecimal.ZERO,
                BigDecimal.ZERO),
            new ContractRow(
                3,
                "C2",
                "K2",
                "L2",
                LocalDate.of(2026, 9, 1),
                null,
                Set.of(
                    new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL),
                    new ContractDay(DayOfWeek.WEDNESDAY, DayPart.BEFORE_SCHOOL),
                    new ContractDay(DayOfWeek.WEDNESDAY, DayPart.AFTER_SCHOOL),
                    new ContractDay(DayOfWeek.FRIDAY, DayPart.HOLIDAY_DAY)),
                new BigDecimal("480"),
                new BigDecimal("9.20"),
                BigDecimal.ZERO,
                new BigDecimal("10"),
                new BigDecimal("20")),
            new ContractRow(
                4,
                "C3",
                "K3",
                "L1",
                LocalDate.of(2026, 3, 1),
                null,
                Set.of(
                    new ContractDay(DayOfWeek.TUESDAY, DayPart.MORNING),
                    new ContractDay(DayOfWeek.THURSDAY, DayPart.AFTERNOON)),
                new BigDecimal("528"),
                new BigDecimal("10.95"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO));
    assertThat(parsed.placements())
        .containsExactly(
            new PlacementRow(
                2, "P1", "K1", "G1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 5, 2)),
            new PlacementRow(3, "P2", "K1", "G2", LocalDate.of(2027, 5, 3), null),
            new PlacementRow(4, "P3", "K2", "G3", LocalDate.of(2026, 9, 1), null),
            new PlacementRow(5, "P4", "K3", "G2", LocalDate.of(2026, 3, 1), null));
  }

  @Test
  void anImportOfOnlyFamiliesIsFine() {
    ImportRows.Parsed parsed =
        ImportRows.parse(
            ImportFiles.read(
                List.of(csv("gezinnen.csv", SampleFiles.FAMILIES, Uploads.WINDOWS_1252))),
            TODAY);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.families()).hasSize(2);
    assertThat(parsed.locations()).isEmpty();
  }

  @Test
  void aRowWithAProblemIsLeftOutAndEveryProblemOfItIsListed() {
    ImportRows.Parsed parsed =
        parse(
            "kinderen.csv",
            """
            kind_id;gezin_id;voornaam;achternaam;geboortedatum
            K1;F1;Noor;de Vries;3-5-2025
            K2;;Daan;de Vries;31-2-2020
            K3;F2;Zoë;Ünal;14-02-2024
            """);

    assertThat(parsed.children()).extracting(ChildRow::externalId).containsExactly("K1", "K3");
    assertThat(parsed.problems())
        .extracting(
            ImportProblem::file,
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey)
        .containsExactly(
            tuple("kinderen.csv", 3, "gezin_id", "import.required"),
            tuple("kinderen.csv", 3, "geboortedatum", "import.date"));
  }

  @Test
  void anIdTwiceInAFileIsAProblemThatNamesTheFirstLine() {
    ImportRows.Parsed parsed =
        parse(
            "plaatsingen.csv",
            """
            plaatsing_id;kind_id;groep_id;begindatum;einddatum
            P1;K1;G1;1-1-2026;
            P2;K1;G2;1-1-2027;
            P1;K2;G1;1-1-2026;
            """);

    assertThat(parsed.placements()).extracting(PlacementRow::line).containsExactly(2, 3);
    assertThat(parsed.problems())
        .extracting(
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey,
            ImportProblem::arguments)
        .containsExactly(tuple(4, "plaatsing_id", "import.duplicateId", List.of("P1", 2)));
  }

  @Test
  void aPlacementEndsOnOrAfterItsStart() {
    ImportRows.Parsed parsed =
        parse(
            "plaatsingen.csv",
            """
            plaatsing_id;kind_id;groep_id;begindatum;einddatum
            P1;K1;G1;1-1-2026;31-12-2025
            """);

    assertThat(parsed.placements()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ImportProblem::column, ImportProblem::messageKey)
        .containsExactly(tuple("einddatum", "import.endBeforeStart"));
  }

  @Test
  void aGroupsAgesGoUpAndItsPlacesMayDifferPerDayPart() {
    ImportRows.Parsed parsed =
        parse(
            "groepen.csv",
            """
            groep_id;locatie_id;naam;leeftijd_van_maanden;leeftijd_tot_maanden;kindplaatsen;kindplaatsen_vso;kindplaatsen_nso;kindplaatsen_vakantie
            G1;L2;Onderbouw;48;84;0;10;22;30
            G2;L1;Egeltjes;24;24;12;;;
            G3;L1;Vosjes;-1;24;12;;;
            G4;L1;Dolfijnen;0;48;twaalf;;;
            """);

    assertThat(parsed.groups())
        .singleElement()
        .satisfies(
            group ->
                assertThat(group.capacities())
                    .containsExactly(
                        Map.entry(DayPart.MORNING, 0),
                        Map.entry(DayPart.AFTERNOON, 0),
                        Map.entry(DayPart.BEFORE_SCHOOL, 10),
                        Map.entry(DayPart.AFTER_SCHOOL, 22),
                        Map.entry(DayPart.HOLIDAY_DAY, 30)));
    assertThat(parsed.problems())
        .extracting(
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey,
            ImportProblem::arguments)
        .containsExactly(
            tuple(3, "leeftijd_tot_maanden", "import.ages", List.of(24, 24)),
            tuple(4, "leeftijd_van_maanden", "import.ages", List.of(-1, 24)),
            tuple(5, "kindplaatsen", "import.wholeNumber", List.of("twaalf")));
  }

  @Test
  void aLocationClosesAfterItOpens() {
    ImportRows.Parsed parsed =
        parse(
            "locaties.csv",
            """
            locatie_id;naam;straat;postcode;plaats;lrk_nummer;opvangsoort;open_van;open_tot
            L1;De Boomhut;Oudegracht 210;3511 NR;Utrecht;190004836;KDV;18:30;7:30
            """);

    assertThat(parsed.locations()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactly(tuple("open_tot", "import.closesBeforeOpens", List.of("07:30", "18:30")));
  }

  @Test
  void aSecondParentIsEitherAbsentOrHasANameAndAnEmailAddress() {
    ImportRows.Parsed parsed =
        parse(
            "gezinnen.csv",
            """
            gezin_id;straat;postcode;plaats;ouder1_voornaam;ouder1_achternaam;ouder1_email;ouder2_voornaam;ouder2_achternaam;ouder2_email;ouder2_telefoon
            F1;Kerkweg 1;1234 AB;Dorp;Jan;Boom;jan@example.com;;;;
            F2;Kerkweg 2;1234 AB;Dorp;Kees;Vries;kees@example.com;Ank;;;0612345678
            F3;Kerkweg 3;1234 AB;Dorp;Piet;Smit;piet@example.com;;;;0612345678
            """);

    assertThat(parsed.families())
        .singleElement()
        .satisfies(
            family -> {
              assertThat(family.name()).isEqualTo("Boom");
              assertThat(family.parents()).hasSize(1);
            });
    assertThat(parsed.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
        .containsExactly(
            tuple(3, "ouder2_achternaam", "import.secondParent"),
            tuple(3, "ouder2_email", "import.secondParent"),
            tuple(4, "ouder2_voornaam", "import.secondParent"),
            tuple(4, "ouder2_achternaam", "import.secondParent"),
            tuple(4, "ouder2_email", "import.secondParent"));
  }

  @Test
  void aContractBooksAtLeastOneDayPartThatIsKnown() {
    ImportRows.Parsed parsed =
        parse(
            "contracten.csv",
            """
            contract_id;kind_id;locatie_id;begindatum;maandag;dinsdag;uren_per_jaar;uurtarief
            C1;K1;L1;1-1-2026;;;528;10,95
            C2;K1;L1;1-1-2026;ochtend;avond;528;10,95
            C3;K1;L1;1-1-2026;ochtend;;528;10,955
            """);

    assertThat(parsed.contracts()).isEmpty();
    assertThat(parsed.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
        .containsExactly(
            tuple(2, null, "import.noDays"),
            tuple(3, "dinsdag", "import.dayPart"),
            tuple(4, "uurtarief", "import.number"));
  }

  @Test
  void problemsOfReadingTheFilesComeFirst() {
    ImportRows.Parsed parsed =
        ImportRows.parse(
            ImportFiles.read(
                List.of(
                    csv(
                        "kinderen.csv",
                        "kind_id;gezin_id;voornaam;achternaam;geboortedatum\nK1;;A;B;1-1-2020"),
                    csv("kids.csv", "x"))),
            TODAY);

    assertThat(parsed.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("import.unknownFile", "import.required");
  }

  @Test
  void theProblemsCanBeKeptByABatchJob() throws Exception {
    List<ImportProblem> problems =
        parse("kinderen.csv", "kind_id;gezin_id;voornaam;achternaam;geboortedatum\nK1;F1;A;B;x")
            .problems();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(problems));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(problems);
    }
  }

  private static ImportRows.Parsed parse(String fileName, String text) {
    return ImportRows.parse(ImportFiles.read(List.of(csv(fileName, text))), TODAY);
  }
}
