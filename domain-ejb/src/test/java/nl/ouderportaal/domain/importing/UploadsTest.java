package nl.ouderportaal.domain.importing;

import static nl.ouderportaal.domain.importing.Uploads.csv;
import static nl.ouderportaal.domain.importing.Uploads.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadsTest {

  private static final String CHILDREN =
      "kind_id;gezin_id;voornaam;achternaam;geboortedatum\nK1;F1;Noor;de Vries;1-2-2024\n";
  private static final int MB = 1024 * 1024;

  @Test
  void aZipWithTheSixFilesGivesSixTables() {
    UploadedFile export = zip("export.zip", SampleFiles.all().toArray(UploadedFile[]::new));

    ImportFiles.Read read = ImportFiles.read(List.of(export));

    assertThat(read.problems()).isEmpty();
    assertThat(read.tables()).containsOnlyKeys(ImportFileKind.values());
    assertThat(read.table(ImportFileKind.CHILDREN).orElseThrow().rows()).hasSize(3);
  }

  @Test
  void foldersAndWhatMacOsAndWindowsAddAreSkipped() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("export/", new byte[0]);
    entries.put("export/Kinderen.CSV", bytes(CHILDREN));
    entries.put("__MACOSX/", new byte[0]);
    entries.put("__MACOSX/export/._Kinderen.CSV", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    entries.put("export/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    entries.put("export/Thumbs.db", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, 0});
    entries.put("export/lees mij.txt", bytes("Export van 1-12-2026"));

    ImportFiles.Read read = ImportFiles.read(List.of(zip("export.zip", entries)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.table(ImportFileKind.CHILDREN).orElseThrow().fileName())
        .isEqualTo("export/Kinderen.CSV");
  }

  @Test
  void aZipWithAPathOutOfItsFolderIsRefusedAsAWhole() {
    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                zip(
                    "export.zip",
                    csv("kinderen.csv", CHILDREN),
                    csv("../evil.csv", "kind_id\n"),
                    csv("groepen.csv", "groep_id\n"))));

    assertThat(read.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactly(
            tuple("export.zip", "import.zipPath", List.of("export.zip", "../evil.csv")));
    assertThat(read.tables()).isEmpty();
  }

  @Test
  void absolutePathsAndBackslashClimbingAreRecognised() {
    assertThat(ZipUploads.climbsOut("../evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("export/../../evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("export\\..\\evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("..\\evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("/etc/cron.d/evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("\\Windows\\evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("C:\\evil.csv")).isTrue();
    assertThat(ZipUploads.climbsOut("export/kinderen.csv")).isFalse();
    assertThat(ZipUploads.climbsOut("export/..kinderen.csv")).isFalse();
  }

  @Test
  void aZipBombIsStoppedLongBeforeItIsInflated() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("kinderen.csv"));
      byte[] zeros = new byte[MB];
      for (int i = 0; i < 60; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    UploadedFile bomb = new UploadedFile("export.zip", bytes.toByteArray());
    assertThat(bomb.content().length).isLessThan(MB);

    ImportFiles.Read read = ImportFiles.read(List.of(bomb));

    assertThat(read.problems())
        .singleElement()
        .extracting(ImportProblem::messageKey)
        .isEqualTo("import.zipBomb");
    assertThat(read.tables()).isEmpty();
  }

  @Test
  void anEntryThatInflatesOverAHundredTimesIsABombAlsoBelowFiftyMegabytes() throws IOException {
    UploadedFile zeros = zipOf("export.zip", "kinderen.csv", new byte[MB], 5);

    assertThat(keys(zeros)).containsExactly("import.zipBomb");
  }

  @Test
  void allZipsTogetherInflateToFiftyMegabytesAtMostAlsoAtAnHonestRatio() throws IOException {
    // four letters in random order compress about four times: no bomb, but 2 x 28 MB in 2 x 7 MB
    byte[] block = new byte[MB];
    Random random = new Random(42);
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) "ACGT".charAt(random.nextInt(4));
    }
    UploadedFile first = zipOf("deel1.zip", "kinderen.csv", block, 28);
    UploadedFile second = zipOf("deel2.zip", "gezinnen.csv", block, 28);
    assertThat(first.content().length + second.content().length).isLessThan(20 * MB);

    ImportFiles.Read read = ImportFiles.read(List.of(first, second));

    assertThat(read.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey)
        .contains(tuple("deel2.zip", "import.zipBomb"));
    assertThat(read.table(ImportFileKind.FAMILIES)).isEmpty();
    assertThat(read.problems())
        .as("the first file is one 28 MB header: it is not repeated whole")
        .flatExtracting(ImportProblem::arguments)
        .allSatisfy(argument -> assertThat(argument.toString()).hasSizeLessThan(300));
  }

  /** A ZIP of one entry: the block so many times (more than deflate's window, so no matches). */
  private static UploadedFile zipOf(String name, String entry, byte[] block, int times)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry(entry));
      for (int i = 0; i < times; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return new UploadedFile(name, bytes.toByteArray());
  }

  @Test
  void anUploadOfMoreThanTwentyMegabytesIsRefused() {
    byte[] content = new byte[21 * MB];
    Arrays.fill(content, (byte) 'a');

    ImportFiles.Read read =
        ImportFiles.read(
            List.of(new UploadedFile("kinderen.csv", content), csv("groepen.csv", "groep_id")));

    assertThat(read.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey, ImportProblem::arguments)
        .contains(tuple("kinderen.csv", "import.tooLarge", List.of("kinderen.csv", 21, 20)));
    assertThat(read.table(ImportFileKind.CHILDREN)).isEmpty();
  }

  @Test
  void allUploadsTogetherAreTwentyMegabytesAtMost() {
    byte[] content = new byte[11 * MB];
    Arrays.fill(content, (byte) 'a');

    ImportFiles.Read read =
        ImportFiles.read(
            List.of(
                new UploadedFile("kinderen.csv", content),
                new UploadedFile("gezinnen.csv", content)));

    assertThat(read.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactly(tuple(null, "import.totalTooLarge", List.of(22, 20)));
    assertThat(read.tables()).isEmpty();
  }

  @Test
  void anUnknownFileNameIsAProblemThatNamesTheKnownOnes() {
    ImportFiles.Read read =
        ImportFiles.read(List.of(csv("kids.csv", CHILDREN), csv("kinderen.csv", CHILDREN)));

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo("kids.csv");
              assertThat(problem.line()).isZero();
              assertThat(problem.messageKey()).isEqualTo("import.unknownFile");
              assertThat(problem.arguments())
                  .containsExactly(
                      "kids.csv",
                      "locaties.csv, groepen.csv, gezinnen.csv, kinderen.csv, contracten.csv,"
                          + " plaatsingen.csv");
            });
    assertThat(read.tables()).containsOnlyKeys(ImportFileKind.CHILDREN);
  }

  @Test
  void theSameFileTwiceIsAProblemAndTheFirstCounts() {
    ImportFiles.Read separately =
        ImportFiles.read(
            List.of(
                csv("kinderen.csv", CHILDREN),
                csv("Kinderen.CSV", CHILDREN + "K2;F1;A;B;1-1-2020")));
    ImportFiles.Read inAndOutOfAZip =
        ImportFiles.read(
            List.of(
                zip("export.zip", csv("oud/kinderen.csv", CHILDREN)),
                csv("kinderen.csv", CHILDREN)));

    assertThat(separately.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactly(
            tuple("Kinderen.CSV", "import.duplicateFile", List.of("Kinderen.CSV", "kinderen.csv")));
    assertThat(separately.table(ImportFileKind.CHILDREN).orElseThrow().rows()).hasSize(1);
    assertThat(inAndOutOfAZip.problems())
        .extracting(ImportProblem::messageKey, ImportProblem::arguments)
        .containsExactly(
            tuple("import.duplicateFile", List.of("kinderen.csv", "oud/kinderen.csv")));
  }

  @Test
  void anUploadThatIsNeitherCsvNorZipIsAProblem() {
    ImportFiles.Read read =
        ImportFiles.read(List.of(new UploadedFile("kinderen.xlsx", new byte[] {'P', 'K', 3, 4})));

    assertThat(read.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("import.fileType");
  }

  @Test
  void aZipInAZipIsRefused() {
    UploadedFile inner = zip("binnen.zip", csv("kinderen.csv", CHILDREN));

    ImportFiles.Read read =
        ImportFiles.read(
            List.of(zip("export.zip", inner, csv("groepen.csv", "groep_id;locatie_id"))));

    assertThat(read.problems())
        .extracting(ImportProblem::file, ImportProblem::messageKey)
        .contains(tuple("binnen.zip", "import.zipNested"));
    assertThat(read.table(ImportFileKind.CHILDREN)).isEmpty();
  }

  @Test
  void somethingThatIsNoZipOrABrokenOneIsAProblem() {
    UploadedFile sample = zip("export.zip", SampleFiles.all().toArray(UploadedFile[]::new));
    UploadedFile cut =
        new UploadedFile(
            "export.zip", Arrays.copyOf(sample.content(), sample.content().length / 2));

    assertThat(keys(new UploadedFile("export.zip", bytes(CHILDREN))))
        .containsExactly("import.zipInvalid");
    assertThat(keys(cut)).containsExactly("import.zipInvalid");
    assertThat(keys(new UploadedFile("export.zip", new byte[0])))
        .containsExactly("import.zipInvalid");
  }

  @Test
  void aZipWithoutCsvFilesIsAProblem() {
    assertThat(keys(zip("export.zip", Map.of()))).containsExactly("import.zipNoCsv");
    assertThat(keys(zip("export.zip", Map.of("kinderen.xlsx", new byte[] {1, 2}))))
        .containsExactly("import.zipNoCsv");
  }

  @Test
  void aZipWithMoreThanTwentyEntriesIsRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 1; i <= 21; i++) {
      entries.put("export/deel" + i + ".txt", bytes("deel " + i));
    }

    assertThat(keys(zip("export.zip", entries))).containsExactly("import.zipTooManyEntries");
  }

  private static List<String> keys(UploadedFile upload) {
    return ImportFiles.read(List.of(upload)).problems().stream()
        .map(ImportProblem::messageKey)
        .toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
