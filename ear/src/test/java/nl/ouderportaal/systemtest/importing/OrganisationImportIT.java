package nl.ouderportaal.systemtest.importing;

import static nl.ouderportaal.systemtest.support.Caller.refusal;
import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.FamilyDirectory;
import nl.ouderportaal.domain.family.FamilyRow;
import nl.ouderportaal.domain.importing.ImportProblem;
import nl.ouderportaal.domain.importing.ImportUpload;
import nl.ouderportaal.domain.importing.Imports;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.ImportFiles;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moving an organisation in from its old system's files: the check lists every problem and stores
 * nothing; an import stores locations, groups and families whole, sends no mail, and is idempotent
 * by the old system's ids (the same files again change nothing, a changed row updates its record);
 * only the families without problems when asked; bad input stores nothing. Only the service desk of
 * the organisation.
 */
@ExtendWith(ArquillianExtension.class)
public class OrganisationImportIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(OrganisationImportIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Imports")
  private Imports imports;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/FamilyDirectory")
  private FamilyDirectory directory;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Families")
  private Families families;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Locations")
  private Locations locations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Accounts")
  private Accounts accounts;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private Credits credits;

  @Inject private Fixtures fixtures;

  @Test
  public void aCleanImportStoresEverythingWholeAndTheSameFilesAgainChangeNothing()
      throws Exception {
    Scenario s = fixtures.scenario();
    ImportFiles files = new ImportFiles(s.token());

    Imports.UploadView checked = check(s, files.zip());
    assertThat(checked.problemCount()).isZero();
    assertThat(checked.families()).isEqualTo(3);
    assertThat(checked.cleanFamilies()).isEqualTo(3);
    assertThat(find(s, "Zeeman " + files.token())).as("a check stores nothing").isEmpty();

    Imports.UploadView imported = importAll(s, checked, false);
    assertThat(imported.imported()).isEqualTo(3);
    assertThat(asDesk(s, locations::list))
        .extracting(Locations.LocationLine::lrkNumber)
        .contains(files.kdvLrk());
    FamilyRow zeeman = find(s, "Zeeman " + files.token()).orElseThrow();
    Families.Detail detail = asDesk(s, () -> families.detail(zeeman.id()));
    assertThat(detail.parents()).hasSize(2);
    assertThat(detail.children()).hasSize(2);
    Families.ChildLine mare =
        detail.children().stream()
            .filter(c -> c.name().startsWith("Mare"))
            .findFirst()
            .orElseThrow();
    assertThat(mare.contracts())
        .singleElement()
        .satisfies(c -> assertThat(c.hoursPerYear()).isEqualByComparingTo("1056"));
    assertThat(mare.placements())
        .singleElement()
        .satisfies(p -> assertThat(p.group()).isEqualTo("Dolfijnen"));
    assertThat(
            balance(
                asDesk(s, () -> credits.ofChild(mare.id())),
                CreditType.DAYCARE_FLEX,
                LocalDate.now().getYear() + 1))
        .as("the contract's flex hours are next year's credits")
        .isEqualByComparingTo("44");
    for (Families.ParentLine parent : detail.parents()) {
      assertThat(
              asDesk(s, () -> accounts.states(List.of(parent.accountId())))
                  .get(parent.accountId())
                  .status())
          .isEqualTo(AccountStatus.NEW);
      assertThat(fixtures.outbox(parent.email())[0]).as("an import sends no mail").isZero();
    }
    long log = asDesk(s, () -> families.logSize(zeeman.id()));
    assertThat(asDesk(s, () -> families.log(zeeman.id(), 0, 1)).get(0).action())
        .isEqualTo("FAMILY_IMPORTED");

    Imports.UploadView again = importAll(s, check(s, files.uploads()), false);
    assertThat(again.imported()).isEqualTo(3);
    assertThat(asDesk(s, () -> directory.count(files.token()))).as("no family twice").isEqualTo(3);
    assertThat(asDesk(s, () -> families.detail(zeeman.id())).children()).hasSize(2);
    assertThat(asDesk(s, () -> families.logSize(zeeman.id()))).as("nothing changed").isEqualTo(log);

    files
        .replace("gezinnen.csv", "Kade 1;3512 AB", "Kade 11;3512 AB")
        .replace(
            "contracten.csv",
            "hele dag;hele dag;;;;1.056,00",
            "hele dag;hele dag;hele dag;;;1.584,00");
    importAll(s, check(s, files.uploads()), false);
    Families.Detail changed = asDesk(s, () -> families.detail(zeeman.id()));
    assertThat(changed.street()).isEqualTo("Kade 11");
    assertThat(
            changed.children().stream()
                .filter(c -> c.name().startsWith("Mare"))
                .findFirst()
                .orElseThrow()
                .contracts())
        .singleElement()
        .satisfies(c -> assertThat(c.hoursPerYear()).isEqualByComparingTo("1584"));
    assertThat(asDesk(s, () -> families.log(zeeman.id(), 0, 10)))
        .extracting(e -> e.action())
        .contains("FAMILY_CHANGED", "CONTRACT_CORRECTED");
  }

  @Test
  public void aFileWithProblemsStoresNothingAndListsEachProblemWithFileLineAndColumn()
      throws Exception {
    Scenario s = fixtures.scenario();
    ImportFiles files = new ImportFiles(s.token());
    String t = files.token();
    files
        .replace("groepen.csv", "G2-" + t + ";L2-", "G2-" + t + ";L9-")
        .replace("gezinnen.csv", "karin-", "karin@")
        .add("kinderen.csv", "K6-%1$s;F3-%1$s;Toekomst;Bakker;1-1-2099")
        .add("contracten.csv", "C6-%1$s;K4-%1$s;L1-%1$s;1-1-2026;;hele dag;;;;;264;10,95;;;")
        .add(
            "gezinnen.csv",
            "F4-%1$s;Dubbel;Kade 4;3512 AB;Utrecht;Lars;Dubbel;lars-%1$s@test.example;;;;;")
        .add("locaties.csv", "L3-%1$s;Fout;Straat 1;3511 AA;Utrecht;12345678901;KDV;;;");

    Imports.UploadView checked = check(s, files.uploads());

    List<ImportProblem> problems = asDesk(s, () -> imports.problems(checked.id(), 0, 100));
    assertThat(problems)
        .extracting(ImportProblem::messageKey)
        .contains(
            "import.lrk",
            "import.unknownLocation",
            "import.email",
            "import.birthDateInFuture",
            "import.contractOverlap",
            "import.emailTwice");
    assertThat(problems)
        .filteredOn(p -> p.messageKey().equals("import.email"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("gezinnen.csv");
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("ouder1_email");
            });
    assertThat(checked.problemCount()).isEqualTo(problems.size());
    assertThat(checked.cleanFamilies()).isLessThan(checked.families());
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> imports.importUpload(checked.id(), false))
                .messageKey())
        .isEqualTo("import.notClean");
    assertThat(asDesk(s, () -> directory.count(files.token()))).as("nothing stored").isZero();
  }

  @Test
  public void onlyTheFamiliesWithoutProblemsAreImportedWhenAsked() throws Exception {
    Scenario s = fixtures.scenario();
    ImportFiles files = new ImportFiles(s.token()).replace("gezinnen.csv", "karin-", "karin@");
    Imports.UploadView checked = check(s, files.uploads());
    assertThat(checked.cleanFamilies()).isEqualTo(2);

    Imports.UploadView imported = importAll(s, checked, true);

    assertThat(imported.imported()).isEqualTo(2);
    assertThat(find(s, "Zeeman " + files.token())).isPresent();
    assertThat(find(s, "Bakker " + files.token())).isPresent();
    assertThat(find(s, "Visser " + files.token())).as("the family with a problem").isEmpty();
  }

  @Test
  public void badFilesAreRefusedOrListedAndStoreNothing() throws Exception {
    Scenario s = fixtures.scenario();

    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> imports.upload(List.of()))
                .messageKey())
        .isEqualTo("import.noFiles");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () ->
                        imports.upload(
                            List.of(
                                new Imports.Upload(
                                    "groot.csv", 50L * 1024 * 1024, InputStreams.endless()))))
                .messageKey())
        .isEqualTo("import.tooLarge");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () ->
                        imports.upload(
                            List.of(ImportFiles.upload("gezinnen.xlsx", new byte[] {1, 2}))))
                .messageKey())
        .isEqualTo("import.fileType");
    assertThat(asDesk(s, imports::latest)).as("nothing kept").isEmpty();

    assertThat(keys(check(s, List.of(ImportFiles.upload("gezinnen.csv", new byte[0]))), s))
        .contains("import.empty");
    assertThat(
            keys(
                check(
                    s,
                    List.of(
                        ImportFiles.upload(
                            "gezinnen.csv",
                            "naam;adres\nDe Vries;Kade 1\n".getBytes(StandardCharsets.UTF_8)))),
                s))
        .contains("import.missingColumn", "import.unknownColumn");
    assertThat(
            keys(
                check(
                    s,
                    List.of(
                        ImportFiles.upload(
                            "kinderen.csv", new byte[] {0, 1, 2, 0, 0, 7, 8, 0, 0, 0}))),
                s))
        .contains("import.binary");
    assertThat(
            keys(
                check(
                    s,
                    List.of(
                        ImportFiles.upload(
                            "export.zip",
                            zip("../kinderen.csv", "kind_id\n".getBytes(StandardCharsets.UTF_8))))),
                s))
        .contains("import.zipPath");
    assertThat(
            keys(
                check(
                    s,
                    List.of(
                        ImportFiles.upload(
                            "bom.zip", zip("kinderen.csv", new byte[60 * 1024 * 1024])))),
                s))
        .contains("import.zipBomb");
    assertThat(asDesk(s, () -> directory.count("imp" + s.token()))).isZero();
  }

  @Test
  public void onlyTheServiceDeskOfTheOrganisationImports() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    ImportFiles files = new ImportFiles(s.token());
    Imports.UploadView checked = check(s, files.uploads());
    record Intruder(UUID account, String role) {}
    for (Intruder intruder :
        List.of(
            new Intruder(s.parentAAccount(), "PARENT"),
            new Intruder(s.staffXAccount(), "STAFF"),
            new Intruder(other.serviceDeskAccount(), "SERVICEDESK"))) {
      refused(intruder.account(), intruder.role(), () -> imports.importUpload(checked.id(), false));
      refused(intruder.account(), intruder.role(), () -> imports.problems(checked.id(), 0, 10));
      refused(intruder.account(), intruder.role(), () -> imports.upload(checked.id()));
    }
    refused(s.parentAAccount(), "PARENT", () -> imports.upload(files.uploads()));
    refused(s.staffXAccount(), "STAFF", imports::latest);
    assertThat(asDesk(other, imports::latest)).isEmpty();
    assertThat(find(s, "Zeeman " + files.token())).isEmpty();
  }

  /** Uploads the files and waits for their check. */
  private Imports.UploadView check(Scenario s, List<Imports.Upload> uploads) throws Exception {
    UUID upload = asDesk(s, () -> imports.upload(uploads));
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> asDesk(s, () -> imports.upload(upload)),
            u -> u.status() != ImportUpload.Status.UPLOADED);
  }

  private Imports.UploadView importAll(Scenario s, Imports.UploadView checked, boolean onlyClean)
      throws Exception {
    asDesk(s, () -> imports.importUpload(checked.id(), onlyClean));
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> asDesk(s, () -> imports.upload(checked.id())),
            u ->
                u.status() == ImportUpload.Status.IMPORTED
                    && (checked.importedAt() == null
                        || u.importedAt().isAfter(checked.importedAt())));
  }

  private List<String> keys(Imports.UploadView checked, Scenario s) throws Exception {
    return asDesk(s, () -> imports.problems(checked.id(), 0, 100)).stream()
        .map(ImportProblem::messageKey)
        .toList();
  }

  private java.util.Optional<FamilyRow> find(Scenario s, String name) throws Exception {
    return asDesk(s, () -> directory.search(name, 0, 10, FamilyDirectory.Sort.NAME, true)).stream()
        .filter(f -> f.name().equals(name))
        .findFirst();
  }

  private static BigDecimal balance(Credits.ChildCredits credits, CreditType type, int year) {
    return credits.balances().stream()
        .filter(b -> b.type() == type && b.validUntil().getYear() == year)
        .map(Credits.Balance::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Streams a test does not want read. */
  private static final class InputStreams {
    static java.io.InputStream endless() {
      return new java.io.InputStream() {
        @Override
        public int read() {
          return 'x';
        }
      };
    }
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
