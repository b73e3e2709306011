package nl.ouderportaal.domain.importing;

import static nl.ouderportaal.domain.importing.Uploads.csv;
import static nl.ouderportaal.domain.importing.Uploads.csvWithBom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

  private static final String CHILDREN_HEADER =
      "kind_id;gezin_id;voornaam;achternaam;geboortedatum";

  @Test
  void aSemicolonFileWithABomIsReadAsUtf8() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(csvWithBom("kinderen.csv", CHILDREN_HEADER + "\nK1;F1;Zoë;Ünal;1-2-2024\n")));

    assertThat(read.problems()).isEmpty();
    CsvTable table = read.table(ImportFileKind.CHILDREN).orElseThrow();
    assertThat(table.header())
        .containsExactly("kind_id", "gezin_id", "voornaam", "achternaam", "geboortedatum");
    assertThat(table.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(2);
              assertThat(row.value("kind_id")).isEqualTo("K1");
              assertThat(row.value("voornaam")).isEqualTo("Zoë");
              assertThat(row.value("achternaam")).isEqualTo("Ünal");
            });
  }

  @Test
  void commasAndTabsSeparateFieldsToo() {
    CsvTable commas =
        onlyTable(
            csv(
                "kinderen.csv",
                "kind_id,gezin_id,voornaam,achternaam,geboortedatum\nK1,F1,Noor,de Vries,1-2-2024"));
    CsvTable tabs =
        onlyTable(
            csv(
                "kinderen.csv",
                "kind_id\tgezin_id\tvoornaam\tachternaam\tgeboortedatum\n"
                    + "K1\tF1\tNoor\tde Vries\t1-2-2024\n"));

    assertThat(commas.rows().get(0).values())
        .containsExactly(
            Map.entry("kind_id", "K1"),
            Map.entry("gezin_id", "F1"),
            Map.entry("voornaam", "Noor"),
            Map.entry("achternaam", "de Vries"),
            Map.entry("geboortedatum", "1-2-2024"));
    assertThat(tabs.rows().get(0).values()).isEqualTo(commas.rows().get(0).values());
  }

  @Test
  void theSeparatorIsTheOneTheHeaderUsesOutsideQuotes() {
    CsvTable table =
        onlyTable(
            csv(
                "kinderen.csv",
                "\"kind_id\";\"gezin_id\";voornaam;achternaam;geboortedatum\n"
                    + "K1;F1;Noor, Fien;de Vries;1-2-2024\n"));

    assertThat(table.rows().get(0).value("voornaam")).isEqualTo("Noor, Fien");
    assertThat(CsvParser.separatorOf("a,\"b;c;d\",e\n1;2;3;4;5")).isEqualTo(',');
    assertThat(CsvParser.separatorOf("\n\nnaam;id\n")).isEqualTo(';');
  }

  @Test
  void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
    CsvTable table =
        onlyTable(
            csv(
                "gezinnen.csv",
                "gezin_id;gezinsnaam;straat;postcode;plaats;ouder1_voornaam;ouder1_achternaam;"
                    + "ouder1_email\r\n"
                    + "F1;\"Familie \"\"De Boom\"\"; tak 2\";\"Dorpsstraat 1\r\nachterom\";"
                    + "1234 AB;Ons Dorp;Jan;Boom;jan@example.com\r\n"
                    + "F2; De Vries ;Kerkweg 2;1234 AB;Ons Dorp;\"  Kees \";Vries;kees@example.com\r\n"));

    assertThat(table.rows()).hasSize(2);
    CsvRow first = table.rows().get(0);
    assertThat(first.value("gezinsnaam")).isEqualTo("Familie \"De Boom\"; tak 2");
    assertThat(first.value("straat")).isEqualTo("Dorpsstraat 1\nachterom");
    CsvRow second = table.rows().get(1);
    assertThat(second.line()).as("the line in a text editor").isEqualTo(4);
    assertThat(second.value("gezinsnaam")).as("unquoted: trimmed").isEqualTo("De Vries");
    assertThat(second.value("ouder1_voornaam")).as("quoted: as written").isEqualTo("  Kees ");
  }

  @Test
  void lfCrlfAndOldMacLineBreaksAllEndALine() {
    for (String lineBreak : List.of("\n", "\r\n", "\r")) {
      CsvTable table =
          onlyTable(
              csv(
                  "kinderen.csv",
                  String.join(
                      lineBreak,
                      CHILDREN_HEADER,
                      "K1;F1;Noor;de Vries;1-2-2024",
                      "K2;F1;Daan;de Vries;1-2-2020",
                      "")));

      assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 3);
    }
  }

  @Test
  void blankLinesAndRowsOfOnlySeparatorsAreSkippedButStillCounted() {
    CsvTable table =
        onlyTable(
            csv(
                "kinderen.csv",
                CHILDREN_HEADER
                    + "\n\nK1;F1;Noor;de Vries;1-2-2024\n;;;;\n   \nK2;F1;Daan;Vries;1-2-2020\n\n\n"));

    assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3, 6);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAProblemOnItsLineAndLeftOut() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                csv(
                    "kinderen.csv",
                    CHILDREN_HEADER
                        + "\nK1;F1;\"Noor\nFien\";de Vries;1-2-2024"
                        + "\nK2;F1;Daan;de Vries;1-2-2020;extra"
                        + "\nK3;F1;\"Sem\"\n"
                        + "K4;F1;Lot;de Vries;1-2-2021\n")));

    assertThat(read.problems())
        .extracting(
            ImportProblem::file,
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey,
            ImportProblem::arguments)
        .containsExactly(
            tuple("kinderen.csv", 4, null, "import.fieldCount", List.of(5, 6)),
            tuple("kinderen.csv", 5, null, "import.fieldCount", List.of(5, 3)));
    assertThat(read.table(ImportFileKind.CHILDREN).orElseThrow().rows())
        .extracting(row -> row.value("kind_id"), CsvRow::line)
        .containsExactly(tuple("K1", 2), tuple("K4", 6));
  }

  @Test
  void anUnterminatedQuoteIsAProblemOnTheLineWhereItsRowStarts() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                csv(
                    "kinderen.csv",
                    CHILDREN_HEADER
                        + "\nK1;F1;Noor;de Vries;1-2-2024\nK2;F1;\"Daan;de Vries;1-2-2020\nK3;F1;Sem;Vries;1-1-2022\n")));

    assertThat(read.problems())
        .singleElement()
        .extracting(ImportProblem::line, ImportProblem::messageKey)
        .containsExactly(3, "import.unterminatedQuote");
    assertThat(read.table(ImportFileKind.CHILDREN).orElseThrow().rows())
        .extracting(row -> row.value("kind_id"))
        .containsExactly("K1");
  }

  @Test
  void windows1252FromADutchExcelIsRecognised() {
    CsvTable table =
        onlyTable(
            csv(
                "kinderen.csv",
                CHILDREN_HEADER + "\r\nK1;F1;Açelya;Ünal;1-2-2024\r\nK2;F1;Zoë;Çelik;1-2-2020\r\n",
                Uploads.WINDOWS_1252));

    assertThat(table.rows())
        .extracting(row -> row.value("voornaam") + " " + row.value("achternaam"))
        .containsExactly("Açelya Ünal", "Zoë Çelik");
  }

  @Test
  void binaryContentIsRefused() {
    byte[] excel = {
      'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xA1, 0x1F, 'x', 'l', '/', 'w'
    };
    byte[] noNulButControls = new byte[200];
    for (int i = 0; i < noNulButControls.length; i++) {
      noNulButControls[i] = (byte) (i % 2 == 0 ? 0x01 + i % 7 : 'a');
    }

    assertThat(problemKeys(new UploadedFile("kinderen.csv", excel)))
        .containsExactly("import.binary");
    assertThat(problemKeys(new UploadedFile("kinderen.csv", noNulButControls)))
        .containsExactly("import.binary");
  }

  @Test
  void aStrayEndOfFileMarkIsStillText() {
    CsvTable table =
        onlyTable(csv("kinderen.csv", CHILDREN_HEADER + "\nK1;F1;Noor;de Vries;1-2-2024\n\u001A"));

    assertThat(table.rows()).hasSize(1);
  }

  @Test
  void anEmptyFileIsAProblem() {
    assertThat(problemKeys(csv("kinderen.csv", ""))).containsExactly("import.empty");
    assertThat(problemKeys(csvWithBom("kinderen.csv", ""))).containsExactly("import.empty");
    assertThat(problemKeys(csvWithBom("kinderen.csv", "\r\n\r\n  \n")))
        .containsExactly("import.empty");
  }

  @Test
  void aFileWithOnlyAHeaderHasNoRows() {
    ImportFiles.Read read = ImportFiles.read(List.of(csv("kinderen.csv", CHILDREN_HEADER)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.table(ImportFileKind.CHILDREN).orElseThrow().rows()).isEmpty();
  }

  @Test
  void headerNamesCompareWithoutCaseSpacesOrDashes() {
    CsvTable table =
        onlyTable(
            csv(
                "kinderen.csv",
                " Kind ID ;GEZIN-ID;Voornaam;achternaam;Geboortedatum\nK1;F1;Noor;de Vries;1-2-2024"));

    assertThat(table.header())
        .containsExactly("kind_id", "gezin_id", "voornaam", "achternaam", "geboortedatum");
    assertThat(table.rows().get(0).value("kind_id")).isEqualTo("K1");
  }

  @Test
  void optionalColumnsMayBeLeftOutAndEmptyHeaderCellsAreIgnored() {
    CsvTable table =
        onlyTable(
            csv(
                "plaatsingen.csv",
                "plaatsing_id;kind_id;groep_id;begindatum;;\nP1;K1;G1;1-1-2026;;\n"));

    assertThat(table.header()).containsExactly("plaatsing_id", "kind_id", "groep_id", "begindatum");
    assertThat(table.rows().get(0).value("einddatum")).isEmpty();
  }

  @Test
  void missingUnknownAndDoubleColumnsAreProblemsAndNoRowIsRead() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                csv(
                    "kinderen.csv",
                    "kind_id;voornaam;achternaam;Geboortedatum;roepnaam;Voornaam\n"
                        + "K1;Noor;de Vries;1-2-2024;Noortje;Noor\n")));

    assertThat(read.problems())
        .extracting(
            ImportProblem::line,
            ImportProblem::column,
            ImportProblem::messageKey,
            ImportProblem::arguments)
        .containsExactly(
            tuple(
                1,
                "roepnaam",
                "import.unknownColumn",
                List.of("roepnaam", "kind_id, gezin_id, voornaam, achternaam, geboortedatum")),
            tuple(1, "voornaam", "import.duplicateColumn", List.of("Voornaam")),
            tuple(1, "gezin_id", "import.missingColumn", List.of("gezin_id")));
    assertThat(read.tables()).isEmpty();
  }

  @Test
  void aRowsLineIsWhereItStartsAlsoAfterAMultiLineField() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                csv(
                    "gezinnen.csv",
                    "gezin_id;straat;postcode;plaats;ouder1_voornaam;ouder1_achternaam;ouder1_email\n"
                        + "F1;\"Dorpsstraat 1\n\nachterom\";1234 AB;Dorp;Jan;Boom;jan@example.com\n"
                        + "F2;Kerkweg 2;1234 AB;Dorp;Kees\n"
                        + "F3;Kerkweg 3;1234 AB;Dorp;Ank;Vries;ank@example.com\n")));

    assertThat(read.problems())
        .singleElement()
        .extracting(ImportProblem::line, ImportProblem::messageKey)
        .containsExactly(5, "import.fieldCount");
    assertThat(read.table(ImportFileKind.FAMILIES).orElseThrow().rows())
        .extracting(CsvRow::line)
        .containsExactly(2, 6);
  }

  private static CsvTable onlyTable(UploadedFile file) {
    ImportFiles.Read read = ImportFiles.read(List.of(file));
    assertThat(read.problems()).isEmpty();
    assertThat(read.tables()).hasSize(1);
    return read.tables().values().iterator().next();
  }

  private static List<String> problemKeys(UploadedFile file) {
    ImportFiles.Read read = ImportFiles.read(List.of(file));
    assertThat(read.tables()).isEmpty();
    return read.problems().stream().map(ImportProblem::messageKey).toList();
  }
}
