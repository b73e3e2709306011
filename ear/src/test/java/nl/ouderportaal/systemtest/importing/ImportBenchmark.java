package nl.ouderportaal.systemtest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ouderportaal.domain.importing.ImportUpload;
import nl.ouderportaal.domain.importing.Imports;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.systemtest.client.Server;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.ImportFiles;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: {@code mvn verify} does not run it (its name does not end in IT). It
 * makes the six files of an organisation of 10,000 families (about 14,000 children with a contract
 * and a placement each, in a KDV and a BSO location whose groups hold them all within the legal
 * caps), and imports them as the service desk does, inside the server (the test runs there): the
 * upload and its check, the import of everything, and the same files once more, which must change
 * nothing. It reports the time of each, families per second and the server's heap, in the server
 * log and in {@code import-benchmark.txt} in the server's log directory, and counts what was stored
 * with queries, so that it is also a check of the import at this size. Then, from outside the
 * server, it counts the SQL statements of the service desk's pages of that organisation. Run it
 * with the {@code benchmark} profile: {@code ./mvnw -Pbenchmark -pl ear -am clean verify
 * -Dit.test=ImportBenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ImportBenchmark {

  private static final System.Logger LOG = System.getLogger(ImportBenchmark.class.getName());
  private static final Set<String> FAILED = Set.of("FAILED", "STOPPED", "ABANDONED");
  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private static final int FAMILIES = 10_000;

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ImportBenchmark.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Imports")
  private Imports imports;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  /** Where the import leaves its organisation for the pages' measurement, outside the server. */
  private static final Path SCENARIO =
      Path.of(System.getProperty("java.io.tmpdir"), "ouderportaal-import-benchmark-scenario.txt");

  @ArquillianResource private URL deployment;

  @Test
  @Order(1)
  public void importTenThousandFamilies() throws Exception {
    Scenario s = fixtures.scenario();
    Files.deleteIfExists(SCENARIO);
    OrganisationFiles files = new OrganisationFiles(s.token(), FAMILIES, LocalDate.now());
    byte[] zip = files.zip();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "organisation-import benchmark: %d families, %d parents, %d children (%d KDV, %d BSO)"
                + " with a contract and a placement each, %d KDV and %d BSO groups; ZIP of %d kB;"
                + " server heap max %d MB",
            files.families(),
            files.parents(),
            files.children(),
            files.daycareChildren(),
            files.children() - files.daycareChildren(),
            files.daycareGroups(),
            files.outOfSchoolGroups(),
            zip.length >> 10,
            Runtime.getRuntime().maxMemory() >> 20));

    Measured<Imports.UploadView> check = measure(() -> check(s, zip));
    lines.add(check.line("check (upload + CHECK)"));
    assertThat(check.result().problemCount()).as("problems of the check").isZero();
    assertThat(check.result().families()).isEqualTo(FAMILIES);
    assertThat(check.result().cleanFamilies()).isEqualTo(FAMILIES);

    Measured<Imports.UploadView> first = measure(() -> importAll(s, check.result()));
    lines.add(first.line("import (IMPORT_ALL, check again included)") + perSecond(first));
    assertThat(first.result().imported()).isEqualTo(FAMILIES);
    Map<String, Long> stored = fixtures.importedCounts(s.organisation(), files.token());
    lines.add("stored: " + stored);
    assertThat(stored)
        .containsEntry("familyRefs", (long) FAMILIES)
        .containsEntry("familiesReferred", (long) FAMILIES)
        .containsEntry("families", (long) FAMILIES)
        .containsEntry("familiesByName", (long) FAMILIES)
        .containsEntry("distinctNames", (long) FAMILIES)
        .containsEntry("parents", (long) files.parents())
        .containsEntry("accounts", (long) files.parents())
        .containsEntry("children", (long) files.children())
        .containsEntry("contracts", (long) files.children())
        .containsEntry("placements", (long) files.children());

    Measured<Imports.UploadView> checkAgain = measure(() -> check(s, zip));
    lines.add(checkAgain.line("second check of the same files"));
    assertThat(checkAgain.result().problemCount()).isZero();
    Measured<Imports.UploadView> second = measure(() -> importAll(s, checkAgain.result()));
    lines.add(second.line("second import of the same files") + perSecond(second));
    assertThat(second.result().imported()).isEqualTo(FAMILIES);
    Map<String, Long> after = fixtures.importedCounts(s.organisation(), files.token());
    lines.add("stored after the second import: " + after);
    assertThat(after).as("the same files again change nothing").isEqualTo(stored);

    String report = String.join("\n", lines);
    LOG.log(System.Logger.Level.INFO, report);
    String logDir = System.getProperty("jboss.server.log.dir", ".");
    Files.writeString(Path.of(logDir, "import-benchmark.txt"), report + "\n");
    Files.writeString(SCENARIO, s.toText());
    assertThat(first.seconds()).as("seconds of the import").isLessThanOrEqualTo(60);
  }

  /**
   * The service desk's pages of the organisation of 10,000 families, as a browser asks for them
   * (from outside the server): the statements of the families list, its search and each page of a
   * family, after a first look that fills the caches. Appended to the report.
   */
  @Test
  @Order(2)
  @RunAsClient
  public void theDesksPagesWithTenThousandFamilies() throws Exception {
    assertThat(SCENARIO).as("the organisation of the import").exists();
    Scenario s = Scenario.fromText(Files.readString(SCENARIO));
    Server server = new Server(deployment);
    String desk = server.backofficeSession(s.serviceDeskEmail());
    List<String> pages = new ArrayList<>();
    pages.add("families.xhtml");
    for (String tab : List.of("family", "family-credits", "family-documents", "family-log")) {
      pages.add(tab + ".xhtml?id=" + s.familyA());
    }
    // no lambda here: its method would name a client class, which the server does not have
    for (String page : pages) {
      server.sqlStatementsOf(server.backoffice(page), desk);
    }
    List<String> lines = new ArrayList<>();
    lines.add("SQL statements per request with " + FAMILIES + " families more:");
    for (String page : pages) {
      lines.add("  " + server.sqlStatementsOf(server.backoffice(page), desk) + " GET " + page);
    }
    String report = String.join("\n", lines);
    LOG.log(System.Logger.Level.INFO, report);
    Path file =
        Path.of(System.getProperty("jboss.home"), "standalone", "log", "import-benchmark.txt");
    Files.writeString(file, report + "\n", java.nio.file.StandardOpenOption.APPEND);
  }

  /** Uploads the ZIP as the service desk and waits for its check. */
  private Imports.UploadView check(Scenario s, byte[] zip) throws Exception {
    UUID upload = asDesk(s, () -> imports.upload(List.of(ImportFiles.upload("export.zip", zip))));
    long execution = runner.executions(JobKind.ORGANISATION_IMPORT.jobName(), 1).get(0).id();
    return waitFor(s, upload, execution, u -> u.status() != ImportUpload.Status.UPLOADED);
  }

  /** Imports everything of a checked upload as the service desk and waits until it is imported. */
  private Imports.UploadView importAll(Scenario s, Imports.UploadView checked) throws Exception {
    long execution = asDesk(s, () -> imports.importUpload(checked.id(), false));
    return waitFor(s, checked.id(), execution, u -> u.status() == ImportUpload.Status.IMPORTED);
  }

  /**
   * Waits for the upload and for its job to end (the next run is refused while one runs), and gives
   * up at once when the job failed.
   */
  private Imports.UploadView waitFor(
      Scenario s, UUID upload, long execution, Predicate<Imports.UploadView> done) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              String status = runner.execution(execution).orElseThrow().status();
              if (FAILED.contains(status)) {
                throw new AssertionError("the import job " + execution + " ended " + status);
              }
              Imports.UploadView view = asDesk(s, () -> imports.upload(upload));
              return status.equals("COMPLETED") ? view : null;
            },
            view -> view != null && done.test(view));
  }

  /**
   * A step of the benchmark with its wall time and the server's heap: used before it (after a full
   * collection), the sum of each heap pool's peak during it (an upper bound: the young pools peak
   * just before they are collected), and the peak of the old generation, which holds what lives on.
   */
  private record Measured<T>(
      T result, double seconds, long heapBefore, long heapPeak, long oldPeak) {

    String line(String what) {
      return String.format(
          Locale.ROOT,
          "%s: %.1f s, heap used before %d MB, during it peak of the heap pools %d MB"
              + " (old generation %d MB)",
          what,
          seconds,
          heapBefore >> 20,
          heapPeak >> 20,
          oldPeak >> 20);
    }
  }

  private static <T> Measured<T> measure(Callable<T> step) throws Exception {
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    T result = step.call();
    double seconds = (System.nanoTime() - started) / 1e9;
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long old =
        heap.stream()
            .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    return new Measured<>(result, seconds, before, peak, old);
  }

  private static String perSecond(Measured<?> run) {
    return String.format(Locale.ROOT, ", %.0f families/s", FAMILIES / run.seconds());
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }

  /**
   * The six files of an organisation with a KDV and a BSO location. Three families in five have one
   * child, the others two; two families in three have two parents. Four children in seven go to the
   * KDV: two whole days a week, 32 to a group of 16 places, so at most 14 on a day. The others go
   * to the BSO: after school on two days (and some before school on the first), 40 to a group of 22
   * places, so 16 on a day. Every third KDV and every fourth BSO contract has flex hours. Ids,
   * names and e-mail addresses carry a token, so that runs never meet.
   */
  static final class OrganisationFiles {

    private static final int PER_DAYCARE_GROUP = 32;
    private static final int PER_OUT_OF_SCHOOL_GROUP = 40;

    private final String token;
    private final int families;
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private int parents;
    private int children;
    private int daycareChildren;

    OrganisationFiles(String scenarioToken, int families, LocalDate today) {
      this.token = "imp" + scenarioToken.toLowerCase(Locale.ROOT);
      this.families = families;
      String start = date(today.withDayOfMonth(1).minusMonths(1));
      StringBuilder locations =
          file(
              "locaties.csv",
              "locatie_id;naam;straat;postcode;plaats;lrk_nummer;opvangsoort;open_van;open_tot;"
                  + "open_dagen");
      locations.append(
          "L1-%1$s;KDV De Haven %1$s;Havenstraat 1;3511 AA;Utrecht;%2$s;KDV;7:30;18:30;ma-vr\n"
              .formatted(token, lrk()));
      locations.append(
          "L2-%1$s;BSO De Kaap %1$s;Havenstraat 3;3511 AA;Utrecht;%2$s;BSO;;;\n"
              .formatted(token, lrk()));
      StringBuilder groups =
          file(
              "groepen.csv",
              "groep_id;locatie_id;naam;leeftijd_van_maanden;leeftijd_tot_maanden;kindplaatsen");
      StringBuilder familyRows =
          file(
              "gezinnen.csv",
              "gezin_id;gezinsnaam;straat;postcode;plaats;ouder1_voornaam;ouder1_achternaam;"
                  + "ouder1_email;ouder1_telefoon;ouder2_voornaam;ouder2_achternaam;ouder2_email;"
                  + "ouder2_telefoon");
      StringBuilder childRows =
          file("kinderen.csv", "kind_id;gezin_id;voornaam;achternaam;geboortedatum");
      StringBuilder contracts =
          file(
              "contracten.csv",
              "contract_id;kind_id;locatie_id;begindatum;einddatum;maandag;dinsdag;woensdag;"
                  + "donderdag;vrijdag;uren_per_jaar;uurtarief;flex_kdv_uren;flex_bso_uren;"
                  + "vakantiepret_uren");
      StringBuilder placements =
          file("plaatsingen.csv", "plaatsing_id;kind_id;groep_id;begindatum;einddatum");
      int outOfSchool = 0;
      for (int f = 1; f <= families; f++) {
        String family = "F" + f + "-" + token;
        String name = "Jansen " + f + " " + token;
        familyRows.append(
            String.format(
                Locale.ROOT,
                "%s;%s;Kade %d;3512 AB;Utrecht;Iris;Jansen;iris-%d-%s@test.example;06 1%07d;",
                family,
                name,
                f,
                f,
                token,
                f));
        parents++;
        if (f % 3 != 0) {
          familyRows.append(
              String.format(Locale.ROOT, "Joost;Jansen;joost-%d-%s@test.example;", f, token));
          parents++;
        } else {
          familyRows.append(";;;");
        }
        familyRows.append('\n');
        int ofFamily = f % 5 < 2 ? 2 : 1;
        for (int c = 0; c < ofFamily; c++) {
          int k = ++children;
          String child = "K" + k + "-" + token;
          boolean daycare = k % 7 < 4;
          LocalDate born =
              daycare
                  ? today.minusMonths(8 + k % 30).minusDays(k % 28)
                  : today.minusYears(5 + k % 6).minusDays(k % 300);
          childRows.append(
              "%s;%s;%s;Jansen;%s\n"
                  .formatted(child, family, c == 0 ? "Mare" : "Siem", date(born)));
          String[] days = {"", "", "", "", ""};
          String location;
          String group;
          String terms;
          if (daycare) {
            int n = daycareChildren++;
            int slot = n % PER_DAYCARE_GROUP;
            days[slot % 5] = "hele dag";
            days[(slot + 1) % 5] = "hele dag";
            location = "L1-" + token;
            group = "GK" + (n / PER_DAYCARE_GROUP + 1) + "-" + token;
            terms = "1.056,00;10,95;" + (n % 3 == 0 ? "22" : "") + ";;";
          } else {
            int n = outOfSchool++;
            int slot = n % PER_OUT_OF_SCHOOL_GROUP;
            days[slot % 5] = slot % 4 == 0 ? "VSO, NSO" : "NSO";
            days[(slot + 2) % 5] = "NSO";
            location = "L2-" + token;
            group = "GB" + (n / PER_OUT_OF_SCHOOL_GROUP + 1) + "-" + token;
            terms = "480;9,85;;" + (n % 4 == 0 ? "18;44" : ";");
          }
          contracts.append(
              "C%d-%s;%s;%s;%s;;%s;%s\n"
                  .formatted(k, token, child, location, start, String.join(";", days), terms));
          placements.append("P%d-%s;%s;%s;%s;\n".formatted(k, token, child, group, start));
        }
      }
      for (int g = 1; g <= daycareGroups(); g++) {
        groups.append("GK%1$d-%2$s;L1-%2$s;Dolfijnen %1$d;0;48;16\n".formatted(g, token));
      }
      for (int g = 1; g <= outOfSchoolGroups(); g++) {
        groups.append("GB%1$d-%2$s;L2-%2$s;Zeilers %1$d;48;156;22\n".formatted(g, token));
      }
    }

    String token() {
      return token;
    }

    int families() {
      return families;
    }

    int parents() {
      return parents;
    }

    int children() {
      return children;
    }

    int daycareChildren() {
      return daycareChildren;
    }

    int daycareGroups() {
      return (daycareChildren + PER_DAYCARE_GROUP - 1) / PER_DAYCARE_GROUP;
    }

    int outOfSchoolGroups() {
      int outOfSchool = children - daycareChildren;
      return (outOfSchool + PER_OUT_OF_SCHOOL_GROUP - 1) / PER_OUT_OF_SCHOOL_GROUP;
    }

    /** The six files in one ZIP, as the old system exports them. */
    byte[] zip() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
          zip.putNextEntry(new ZipEntry("export/" + file.getKey()));
          zip.write(file.getValue().toString().getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    }

    private StringBuilder file(String name, String header) {
      StringBuilder content = new StringBuilder(header).append('\n');
      files.put(name, content);
      return content;
    }

    private static String date(LocalDate day) {
      return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }

    private static String lrk() {
      return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    }
  }
}
