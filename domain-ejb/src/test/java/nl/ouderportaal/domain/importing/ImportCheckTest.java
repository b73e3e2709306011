package nl.ouderportaal.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.DateRange;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The checks across the files and with the database, and which families can be imported. */
class ImportCheckTest {

  // a Saturday
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private static final Set<DayOfWeek> WORKING_WEEK =
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  @Test
  void theSampleOrganisationHasNoProblemsAndEverythingCanBeImported() {
    ImportCheck.Checked checked = sample().check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.isClean()).isTrue();
    assertThat(checked.cleanFamilies()).containsExactly("F1", "F2");
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2", "G3");
    assertThat(checked.families()).isEqualTo(2);
  }

  @Test
  void importingTheSameFilesAgainFindsNothingTakenTwiceOrOverlapping() {
    ImportCheck.Checked checked = sample().check(imported());

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.cleanFamilies()).containsExactly("F1", "F2");
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2", "G3");
  }

  @Test
  void aChildAlreadyInAGroupIsNotCountedTwiceWhenTheFilesPlaceItAgain() {
    // K1 and K3 both come on Tuesday morning: two places are enough, four would not be
    ImportCheck.Checked checked =
        sample()
            .replace("groepen.csv", "G2;L1;Vosjes;24;48;16;", "G2;L1;Vosjes;24;48;2;")
            .check(imported());

    assertThat(checked.problems()).isEmpty();
  }

  // 1. references

  @Test
  void everyReferenceMustBeToARowOfTheFilesOrToAStoredRecord() {
    ImportCheck.Checked checked =
        sample()
            .replace("groepen.csv", "G3;L2;", "G3;L9;")
            .replace("kinderen.csv", "K3;F2;", "K3;F9;")
            .replace("contracten.csv", "C3;K3;L1;", "C3;K7;L8;")
            .replace("plaatsingen.csv", "P4;K3;G2;", "P4;K6;G7;")
            .check();

    assertThat(checked.problems())
        .extracting(
            ImportProblem::file,
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey,
            ImportProblem::arguments)
        .containsExactly(
            tuple("groepen.csv", 4, "locatie_id", "import.unknownLocation", List.of("L9")),
            tuple("kinderen.csv", 4, "gezin_id", "import.unknownFamily", List.of("F9")),
            tuple("contracten.csv", 4, "kind_id", "import.unknownChild", List.of("K7")),
            tuple("contracten.csv", 4, "locatie_id", "import.unknownLocation", List.of("L8")),
            tuple("plaatsingen.csv", 5, "kind_id", "import.unknownChild", List.of("K6")),
            tuple("plaatsingen.csv", 5, "groep_id", "import.unknownGroup", List.of("G7")));
  }

  @Test
  void childrenContractsAndPlacementsMayReferToStoredFamiliesLocationsAndGroups() {
    Existing stored =
        Existing.builder()
            .location(boomhut())
            .location(vlinder())
            .group(egeltjes())
            .group(vosjes())
            .group(middenbouw())
            .family("F1")
            .family("F2")
            .build();

    ImportCheck.Checked checked =
        sample().only("kinderen.csv", "contracten.csv", "plaatsingen.csv").check(stored);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.cleanFamilies()).containsExactly("F1", "F2");
    assertThat(checked.families()).isEqualTo(2);
    assertThat(checked.cleanLocations()).isEmpty();
    assertThat(checked.cleanGroups()).isEmpty();
  }

  // 2. locations

  @Test
  void anLrkNumberTwiceInTheFilesIsTakenByTheFirstLocation() {
    ImportCheck.Checked checked =
        sample()
            .replace("locaties.csv", "3931 AA;Woudenberg;987654321", "3931 AA;Woudenberg;190004836")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "locaties.csv", 4, "lrk_nummer", "import.lrkTaken", List.of("190004836", "L1", 1)));
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2");
    assertThat(checked.cleanFamilies()).containsExactly("F1", "F2");
  }

  @Test
  void anLrkNumberInUseByAnotherLocationIsTakenAndTheFamiliesThereAreNotClean() {
    Existing stored =
        Existing.builder()
            .lrkNumberElsewhere("123456789")
            .location(
                new Existing.Location("L5", "KDV Oud", CareType.DAYCARE, "987654321", WORKING_WEEK))
            .build();

    ImportCheck.Checked checked = sample().check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple("locaties.csv", 3, "lrk_nummer", "import.lrkTaken", List.of("123456789", "", 0)),
            tuple(
                "locaties.csv", 4, "lrk_nummer", "import.lrkTaken", List.of("987654321", "L5", 0)));
    assertThat(checked.cleanLocations()).containsExactly("L1");
    assertThat(checked.cleanGroups()).as("G3 is at L2").containsExactly("G1", "G2");
    assertThat(checked.cleanFamilies()).as("Daan of F1 goes to L2").containsExactly("F2");
  }

  @Test
  void aStoredLocationKeepsItsCareType() {
    Existing stored =
        Existing.builder()
            .location(
                new Existing.Location(
                    "L2", "BSO De Vlinder", CareType.DAYCARE, "123456789", WORKING_WEEK))
            .build();

    ImportCheck.Checked checked = sample().check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "locaties.csv", 3, "opvangsoort", "import.careTypeChanged", List.of("KDV", "BSO")));
  }

  // 3. groups

  @Test
  void aGroupsAgesAreThoseOfItsLocationsCareType() {
    ImportCheck.Checked checked =
        sample()
            .replace("groepen.csv", "G2;L1;Vosjes;24;48;", "G2;L1;Vosjes;24;60;")
            .replace("groepen.csv", "G3;L2;Middenbouw;48;96;", "G3;L2;Middenbouw;24;96;")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "groepen.csv",
                3,
                "leeftijd_tot_maanden",
                "import.groupAges",
                List.of(0, 48, "KDV")),
            tuple(
                "groepen.csv",
                4,
                "leeftijd_van_maanden",
                "import.groupAges",
                List.of(48, 156, "BSO")));
  }

  @Test
  void aGroupTakesOneChildUpToTheLegalCapInEveryDayPartOfItsCareTypeOnly() {
    ImportCheck.Checked checked =
        sample()
            .file(
                "groepen.csv",
                """
                groep_id;locatie_id;naam;leeftijd_van_maanden;leeftijd_tot_maanden;kindplaatsen;kindplaatsen_middag;kindplaatsen_nso;kindplaatsen_vakantie
                G1;L1;Egeltjes;0;12;14;10;40;
                G2;L1;Vosjes;24;48;16;;;
                G3;L2;Middenbouw;48;96;20;;;0
                G4;L2;Bovenbouw;96;156;30;;;
                """)
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "groepen.csv",
                2,
                "kindplaatsen",
                "import.groupOverCap",
                List.of(14, 12, "ochtend")),
            tuple(
                "groepen.csv",
                4,
                "kindplaatsen_vakantie",
                "import.groupOverCap",
                List.of(0, 22, "vakantiedag")));
  }

  @Test
  void aGroupNameIsUsedOnceAtALocationWhateverItsCase() {
    ImportCheck.Checked checked =
        sample()
            .replace("groepen.csv", "G2;L1;Vosjes;", "G2;L1;egeltjes;")
            .replace("groepen.csv", "G3;L2;Middenbouw;", "G3;L2;Egeltjes;")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple("groepen.csv", 3, "naam", "import.groupNameTaken", List.of("egeltjes", "G1", 1)));
  }

  @Test
  void aGroupNameOfAStoredGroupIsTakenUnlessTheFilesReplaceThatGroup() {
    Existing stored =
        Existing.builder()
            .group(new Existing.Group(null, "L1", "Vosjes", 24, 48, kdv(16)))
            .group(new Existing.Group("G3", "L2", "Bovenbouw", 96, 156, bso(30)))
            .group(new Existing.Group("G8", "L2", "Onderbouw", 48, 96, bso(20)))
            .build();

    ImportCheck.Checked checked =
        sample()
            .replace("groepen.csv", "G3;L2;Middenbouw;", "G3;L2;Onderbouw;")
            .add("groepen.csv", "G4;L2;Bovenbouw;96;156;30;")
            .check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple("groepen.csv", 3, "naam", "import.groupNameTaken", List.of("Vosjes", "", 0)),
            tuple(
                "groepen.csv", 4, "naam", "import.groupNameTaken", List.of("Onderbouw", "G8", 0)));
  }

  // 4. families

  @Test
  void anEmailAddressBelongsToOneParentOfTheFiles() {
    ImportCheck.Checked checked =
        sample()
            .replace(
                "gezinnen.csv", "Mark,de Vries,mark@example.com", "Mark,de Vries,SANNE@example.com")
            .replace("gezinnen.csv", "acelya@example.com", "sanne@example.com")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "gezinnen.csv",
                2,
                "ouder2_email",
                "import.emailTwice",
                List.of("sanne@example.com", "F1")),
            tuple(
                "gezinnen.csv",
                3,
                "ouder1_email",
                "import.emailTwice",
                List.of("sanne@example.com", "F1")));
    assertThat(checked.cleanFamilies()).isEmpty();
  }

  @Test
  void anEmailAddressWithAnAccountMustBeOfAParentOfTheSameFamily() {
    Existing stored =
        Existing.builder()
            .account("Sanne@Example.com", "F1")
            .accountElsewhere("mark@example.com")
            .account("acelya@example.com", "F1")
            .build();

    ImportCheck.Checked checked = sample().check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "gezinnen.csv",
                2,
                "ouder2_email",
                "import.emailTaken",
                List.of("mark@example.com")),
            tuple(
                "gezinnen.csv",
                3,
                "ouder1_email",
                "import.emailTaken",
                List.of("acelya@example.com")));
  }

  // 5. contracts

  @Test
  void aContractBooksDayPartsOfItsLocationsCareTypeAndOnlyThatFamilyIsNotClean() {
    ImportCheck.Checked checked =
        sample()
            .replace(
                "contracten.csv",
                "C3;K3;L1;1/3/2026;;;ochtend;;middag;;",
                "C3;K3;L1;1/3/2026;;NSO;ochtend;;middag + vakantiedag;;")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "contracten.csv",
                4,
                "maandag",
                "import.dayPartWrongCareType",
                List.of("NSO", "KDV")),
            tuple(
                "contracten.csv",
                4,
                "donderdag",
                "import.dayPartWrongCareType",
                List.of("vakantiedag", "KDV")));
    assertThat(checked.cleanFamilies()).containsExactly("F1");
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2", "G3");
    assertThat(checked.families()).isEqualTo(2);
  }

  @Test
  void flexHoursAreThoseOfTheContractsCareType() {
    ImportCheck.Checked checked =
        sample()
            .replace("contracten.csv", "1.056,00;€ 10,95;22;;", "1.056,00;€ 10,95;22;;5")
            .replace("contracten.csv", "480;9,20;;10;20", "480;9,20;8;10;20")
            .replace("contracten.csv", "528;10.95;;;", "528;10.95;;3000;")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "contracten.csv",
                2,
                "vakantiepret_uren",
                "import.flexWrongCareType",
                List.of("KDV")),
            tuple("contracten.csv", 3, "flex_kdv_uren", "import.flexWrongCareType", List.of("BSO")),
            tuple("contracten.csv", 4, "flex_bso_uren", "import.flexTooMany", List.of(2000)));
  }

  @Test
  void twoContractsOfAChildForOneCareTypeMustNotOverlap() {
    ImportCheck.Checked checked =
        sample()
            .add("contracten.csv", "C4;K1;L1;1-1-2028;;ochtend;;;;;200;10,95;;;")
            .add("contracten.csv", "C5;K1;L2;1-1-2028;;NSO;;;;;200;9,20;;;")
            .add("contracten.csv", "C6;K1;L1;1-8-2028;;ochtend;;;;;200;10,95;;;")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "contracten.csv",
                5,
                "begindatum",
                "import.contractOverlap",
                List.of("C1", LocalDate.of(2026, 1, 1), 1)),
            tuple(
                "contracten.csv",
                7,
                "begindatum",
                "import.contractOverlap",
                List.of("C4", LocalDate.of(2028, 1, 1), 1)));
  }

  @Test
  void aContractMustNotOverlapAStoredOneThatTheFilesDoNotReplace() {
    Set<ContractDay> wednesday = Set.of(new ContractDay(DayOfWeek.WEDNESDAY, DayPart.MORNING));
    Existing stored =
        Existing.builder()
            .contract(
                new Existing.StoredContract(
                    "K3", "C3", "L1", CareType.DAYCARE, DateRange.from(TODAY), wednesday))
            .contract(
                new Existing.StoredContract(
                    "K3",
                    null,
                    "L1",
                    CareType.DAYCARE,
                    DateRange.from(LocalDate.of(2027, 1, 1)),
                    wednesday))
            .contract(
                new Existing.StoredContract(
                    "K1",
                    "C0",
                    "L3",
                    CareType.DAYCARE,
                    new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 31)),
                    wednesday))
            .build();

    ImportCheck.Checked checked = sample().check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "contracten.csv",
                2,
                "begindatum",
                "import.contractOverlap",
                List.of("C0", LocalDate.of(2025, 6, 1), 0)),
            tuple(
                "contracten.csv",
                4,
                "begindatum",
                "import.contractOverlap",
                List.of("", LocalDate.of(2027, 1, 1), 0)));
  }

  // 6. placements

  @Test
  void twoPlacementsOfAChildInGroupsOfOneCareTypeMustNotOverlap() {
    Existing stored =
        Existing.builder()
            .placement(
                new Existing.StoredPlacement(
                    "K2", null, null, CareType.OUT_OF_SCHOOL, DateRange.from(TODAY)))
            .placement(
                new Existing.StoredPlacement(
                    "K3", "P4", "G1", CareType.DAYCARE, DateRange.from(TODAY)))
            .build();

    ImportCheck.Checked checked =
        sample()
            .replace("plaatsingen.csv", "P2;K1;G2;3-5-2027;", "P2;K1;G2;1-5-2027;")
            .check(stored);

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "plaatsingen.csv",
                3,
                "begindatum",
                "import.placementOverlap",
                List.of("P1", LocalDate.of(2026, 1, 1), 1)),
            tuple(
                "plaatsingen.csv",
                4,
                "begindatum",
                "import.placementOverlap",
                List.of("", TODAY, 0)));
  }

  // 7. capacity

  @Test
  void aGroupThatCannotHoldItsChildrenByContractIsAProblemOnItsRow() {
    // from Tuesday 4 May 2027 Noor (F1) and Zoë (F2) both come on Tuesday morning
    ImportCheck.Checked checked =
        sample().replace("groepen.csv", "G2;L1;Vosjes;24;48;16;", "G2;L1;Vosjes;24;48;1;").check();

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "groepen.csv",
                3,
                "kindplaatsen",
                "import.groupOverflow",
                List.of("Vosjes", LocalDate.of(2027, 5, 4), "ochtend", 2, 1)));
    assertThat(checked.cleanGroups()).containsExactly("G1", "G3");
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2", "L3");
    assertThat(checked.cleanFamilies()).isEmpty();
  }

  @Test
  void storedChildrenCountAndADayWithoutAfterSchoolCareDoesNot() {
    Existing.Builder stored = Existing.builder().calendar("L2", vlinderCalendar());
    for (int i = 0; i < 20; i++) {
      stored.placed(mondayAfterSchoolChild("G3"));
    }

    ImportCheck.Checked checked = sample().check(stored.build());

    // Daan (F1) makes 21 on Mondays, but not on the closing day or in the holiday before
    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "groepen.csv",
                4,
                "kindplaatsen",
                "import.groupOverflow",
                List.of("Middenbouw", LocalDate.of(2026, 12, 14), "NSO", 21, 20)));
    assertThat(checked.cleanFamilies()).containsExactly("F2");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2");
  }

  @Test
  void aStoredGroupThatCannotHoldItsChildrenIsAProblemOnThePlacementsFile() {
    Existing.Builder stored = Existing.builder().location(vlinder()).group(middenbouw());
    for (int i = 0; i < 20; i++) {
      stored.placed(mondayAfterSchoolChild("G3"));
    }

    ImportCheck.Checked checked =
        sample().replace("groepen.csv", "G3;L2;Middenbouw;48;96;20;\n", "").check(stored.build());

    assertThat(problems(checked))
        .containsExactly(
            tuple(
                "plaatsingen.csv",
                0,
                null,
                "import.groupOverflow",
                List.of("Middenbouw", LocalDate.of(2026, 11, 30), "NSO", 21, 20)));
    assertThat(checked.cleanFamilies()).containsExactly("F2");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2");
  }

  // which families can be imported

  @Test
  void anUnknownLocationMakesEveryFamilyAndGroupUsingItUnclean() {
    ImportCheck.Checked checked =
        sample()
            .replace(
                "locaties.csv",
                "L1;KDV De Boomhut;Oudegracht 210;3511 NR;Utrecht;190004836;KDV;7:30;18:30;ma-vr\n",
                "")
            .check();

    assertThat(problems(checked))
        .containsExactly(
            tuple("groepen.csv", 2, "locatie_id", "import.unknownLocation", List.of("L1")),
            tuple("groepen.csv", 3, "locatie_id", "import.unknownLocation", List.of("L1")),
            tuple("contracten.csv", 2, "locatie_id", "import.unknownLocation", List.of("L1")),
            tuple("contracten.csv", 4, "locatie_id", "import.unknownLocation", List.of("L1")));
    assertThat(checked.cleanFamilies()).isEmpty();
    assertThat(checked.cleanLocations()).containsExactly("L2", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G3");
  }

  @Test
  void aLocationRowTheParserRefusedMakesTheGroupsAndFamiliesThereUnclean() {
    ImportCheck.Checked checked =
        sample().replace("locaties.csv", "Biltstraat 12;3572AB;", "Biltstraat 12;35722;").check();

    assertThat(problems(checked))
        .containsExactly(
            tuple("locaties.csv", 3, "postcode", "import.postalCode", List.of("35722")));
    assertThat(checked.cleanLocations()).containsExactly("L1", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2");
    assertThat(checked.cleanFamilies()).containsExactly("F2");
  }

  @Test
  void aContractRowTheParserRefusedIsTracedToTheFamilyOfItsChild() {
    ImportCheck.Checked checked =
        sample().replace("contracten.csv", "C2;K2;L2;01-09-2026;", "C2;K2;L2;31-02-2026;").check();

    assertThat(checked.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::messageKey)
        .containsExactly(tuple("contracten.csv", 3, "import.date"));
    assertThat(checked.cleanFamilies()).containsExactly("F2");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2", "G3");
  }

  @Test
  void aChildIdTwiceInTheFilesMakesBothFamiliesUnclean() {
    ImportCheck.Checked checked = sample().replace("kinderen.csv", "K3;F2;", "K2;F2;").check();

    assertThat(checked.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::messageKey)
        .contains(tuple("kinderen.csv", 4, "import.duplicateId"));
    assertThat(checked.cleanFamilies()).isEmpty();
  }

  @Test
  void aRowThatCouldNotBeSplitHidesWhoseItIsSoNoFamilyIsClean() {
    ImportCheck.Checked checked = sample().add("contracten.csv", "C9;K1;L1").check();

    assertThat(checked.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::messageKey)
        .containsExactly(tuple("contracten.csv", 5, "import.fieldCount"));
    assertThat(checked.cleanFamilies()).isEmpty();
    assertThat(checked.cleanLocations()).containsExactly("L1", "L2", "L3");
    assertThat(checked.cleanGroups()).containsExactly("G1", "G2", "G3");
  }

  @Test
  void theParsersProblemsComeFirstThenTheCheckInFileAndLineOrder() {
    ImportCheck.Checked checked =
        sample()
            .replace("contracten.csv", "C2;K2;L2;01-09-2026;", "C2;K2;L2;31-02-2026;")
            .replace("plaatsingen.csv", "P4;K3;G2;", "P4;K3;G7;")
            .replace("groepen.csv", "G3;L2;", "G3;L9;")
            .check();

    assertThat(checked.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::messageKey)
        .containsExactly(
            tuple("contracten.csv", 3, "import.date"),
            tuple("groepen.csv", 4, "import.unknownLocation"),
            tuple("plaatsingen.csv", 5, "import.unknownGroup"));
    assertThat(checked.isClean()).isFalse();
  }

  @Test
  void theOutcomeCanBeKeptByABatchJob() throws Exception {
    ImportCheck.Checked checked =
        sample().replace("groepen.csv", "G2;L1;Vosjes;24;48;16;", "G2;L1;Vosjes;24;48;1;").check();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(checked);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(checked);
    }
  }

  // helpers

  private static List<Tuple> problems(ImportCheck.Checked checked) {
    return checked.problems().stream()
        .map(p -> tuple(p.file(), p.line(), p.column(), p.messageKey(), List.copyOf(p.arguments())))
        .toList();
  }

  /** The sample files, to change a line of in a test. */
  private static Files sample() {
    return new Files();
  }

  private static final class Files {

    private final Map<String, String> texts = new LinkedHashMap<>();

    Files() {
      texts.put("locaties.csv", SampleFiles.LOCATIONS);
      texts.put("groepen.csv", SampleFiles.GROUPS);
      texts.put("gezinnen.csv", SampleFiles.FAMILIES);
      texts.put("kinderen.csv", SampleFiles.CHILDREN);
      texts.put("contracten.csv", SampleFiles.CONTRACTS);
      texts.put("plaatsingen.csv", SampleFiles.PLACEMENTS);
    }

    Files replace(String file, String text, String replacement) {
      assertThat(texts.get(file)).as(file).contains(text);
      texts.put(file, texts.get(file).replace(text, replacement));
      return this;
    }

    Files add(String file, String line) {
      texts.put(file, texts.get(file) + line + "\n");
      return this;
    }

    Files file(String file, String text) {
      texts.put(file, text);
      return this;
    }

    Files only(String... files) {
      texts.keySet().retainAll(List.of(files));
      return this;
    }

    ImportCheck.Checked check() {
      return check(Existing.NONE);
    }

    ImportCheck.Checked check(Existing existing) {
      List<UploadedFile> uploads = new ArrayList<>();
      texts.forEach((name, text) -> uploads.add(Uploads.csv(name, text)));
      ImportFiles.Read read = ImportFiles.read(uploads);
      return ImportCheck.check(read, ImportRows.parse(read, TODAY), existing, TODAY);
    }
  }

  /** The sample as an earlier import stored it. */
  private static Existing imported() {
    GroupLoad.Booking c1 =
        new GroupLoad.Booking(
            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 7, 31)),
            wholeDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    GroupLoad.Booking c2 =
        new GroupLoad.Booking(
            DateRange.from(LocalDate.of(2026, 9, 1)),
            Set.of(
                new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL),
                new ContractDay(DayOfWeek.WEDNESDAY, DayPart.BEFORE_SCHOOL),
                new ContractDay(DayOfWeek.WEDNESDAY, DayPart.AFTER_SCHOOL),
                new ContractDay(DayOfWeek.FRIDAY, DayPart.HOLIDAY_DAY)));
    GroupLoad.Booking c3 =
        new GroupLoad.Booking(
            DateRange.from(LocalDate.of(2026, 3, 1)),
            Set.of(
                new ContractDay(DayOfWeek.TUESDAY, DayPart.MORNING),
                new ContractDay(DayOfWeek.THURSDAY, DayPart.AFTERNOON)));
    DateRange p1 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 5, 2));
    DateRange p2 = DateRange.from(LocalDate.of(2027, 5, 3));
    DateRange p3 = DateRange.from(LocalDate.of(2026, 9, 1));
    DateRange p4 = DateRange.from(LocalDate.of(2026, 3, 1));
    UUID noor = UUID.randomUUID();
    UUID daan = UUID.randomUUID();
    UUID zoe = UUID.randomUUID();
    return Existing.builder()
        .location(boomhut())
        .location(vlinder())
        .location(
            new Existing.Location(
                "L3", "Kinderdagverblijf 't Kasteel", CareType.DAYCARE, "987654321", WORKING_WEEK))
        .group(egeltjes())
        .group(vosjes())
        .group(middenbouw())
        .account("sanne@example.com", "F1")
        .account("mark@example.com", "F1")
        .account("acelya@example.com", "F2")
        .family("F1")
        .family("F2")
        .child("K1", "F1")
        .child("K2", "F1")
        .child("K3", "F2")
        .contract(contract("K1", "C1", "L1", CareType.DAYCARE, c1))
        .contract(contract("K2", "C2", "L2", CareType.OUT_OF_SCHOOL, c2))
        .contract(contract("K3", "C3", "L1", CareType.DAYCARE, c3))
        .placement(new Existing.StoredPlacement("K1", "P1", "G1", CareType.DAYCARE, p1))
        .placement(new Existing.StoredPlacement("K1", "P2", "G2", CareType.DAYCARE, p2))
        .placement(new Existing.StoredPlacement("K2", "P3", "G3", CareType.OUT_OF_SCHOOL, p3))
        .placement(new Existing.StoredPlacement("K3", "P4", "G2", CareType.DAYCARE, p4))
        .placed(new Existing.PlacedChild("G1", "K1", new GroupLoad.Placed(noor, p1, List.of(c1))))
        .placed(new Existing.PlacedChild("G2", "K1", new GroupLoad.Placed(noor, p2, List.of(c1))))
        .placed(new Existing.PlacedChild("G3", "K2", new GroupLoad.Placed(daan, p3, List.of(c2))))
        .placed(new Existing.PlacedChild("G2", "K3", new GroupLoad.Placed(zoe, p4, List.of(c3))))
        .build();
  }

  private static Existing.StoredContract contract(
      String child, String id, String location, CareType careType, GroupLoad.Booking booking) {
    return new Existing.StoredContract(
        child, id, location, careType, booking.period(), booking.days());
  }

  private static Set<ContractDay> wholeDays(DayOfWeek... weekdays) {
    Set<ContractDay> days = new HashSet<>();
    for (DayOfWeek weekday : weekdays) {
      days.add(new ContractDay(weekday, DayPart.MORNING));
      days.add(new ContractDay(weekday, DayPart.AFTERNOON));
    }
    return days;
  }

  private static Existing.Location boomhut() {
    return new Existing.Location(
        "L1", "KDV De Boomhut", CareType.DAYCARE, "190004836", WORKING_WEEK);
  }

  private static Existing.Location vlinder() {
    return new Existing.Location(
        "L2",
        "BSO De Vlinder",
        CareType.OUT_OF_SCHOOL,
        "123456789",
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
  }

  private static Existing.Group egeltjes() {
    return new Existing.Group(
        "G1", "L1", "Egeltjes", 0, 24, Map.of(DayPart.MORNING, 12, DayPart.AFTERNOON, 10));
  }

  private static Existing.Group vosjes() {
    return new Existing.Group("G2", "L1", "Vosjes", 24, 48, kdv(16));
  }

  private static Existing.Group middenbouw() {
    return new Existing.Group("G3", "L2", "Middenbouw", 48, 96, bso(20));
  }

  private static Map<DayPart, Integer> kdv(int capacity) {
    return Map.of(DayPart.MORNING, capacity, DayPart.AFTERNOON, capacity);
  }

  private static Map<DayPart, Integer> bso(int capacity) {
    return Map.of(
        DayPart.BEFORE_SCHOOL,
        capacity,
        DayPart.AFTER_SCHOOL,
        capacity,
        DayPart.HOLIDAY_DAY,
        capacity);
  }

  /** A child made by hand in the portal, at BSO after school on Mondays. */
  private static Existing.PlacedChild mondayAfterSchoolChild(String group) {
    DateRange always = DateRange.from(LocalDate.of(2026, 1, 1));
    return new Existing.PlacedChild(
        group,
        null,
        new GroupLoad.Placed(
            UUID.randomUUID(),
            always,
            List.of(
                new GroupLoad.Booking(
                    always, Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL))))));
  }

  /** Closed on Monday 30 November, Sinterklaas week off school. */
  private static List<CalendarDay> vlinderCalendar() {
    Location location =
        new Location(
            new Organisation("Opvang", "sp@opvang.example", "030 000 00 00"),
            "BSO De Vlinder",
            new Address("Biltstraat 12", "3572 AB", "Utrecht"),
            "123456789",
            CareType.OUT_OF_SCHOOL);
    return List.of(
        new CalendarDay(
            location,
            CalendarKind.CLOSED,
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 11, 30),
            "Teamdag"),
        new CalendarDay(
            location,
            CalendarKind.STUDY_DAY,
            LocalDate.of(2026, 12, 7),
            LocalDate.of(2026, 12, 7),
            "Studiedag"));
  }
}
