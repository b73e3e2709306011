package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: {@code mvn verify} does not run it (its name does not end in IT). It
 * makes an organisation with 10,000 families (one child and the fixture contract each), runs the
 * monthly invoicing for it inside the server (the test runs there, in the server's JVM), and
 * reports items per second and the server's heap: in the server log and in {@code
 * invoicing-benchmark.txt} in the server's log directory. Run it with the {@code benchmark}
 * profile: {@code ./mvnw -Pbenchmark -pl ear -am clean verify}.
 */
@ExtendWith(ArquillianExtension.class)
public class InvoicingBenchmark {

  private static final System.Logger LOG = System.getLogger(InvoicingBenchmark.class.getName());
  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
  private static final int FAMILIES = 10_000;
  private static final int BATCH = 500;

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(InvoicingBenchmark.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = JobRunner.JNDI_NAME)
  private JobRunner runner;

  @Test
  public void invoiceTenThousandFamilies() throws IOException {
    int families = FAMILIES;
    Scenario s = fixtures.scenario();
    long made = System.nanoTime();
    for (int done = 0; done < families; done += BATCH) {
      fixtures.moreFamilies(s.organisation(), Math.min(BATCH, families - done), true);
    }
    double makeSeconds = (System.nanoTime() - made) / 1e9;
    System.gc();
    long heapBefore = heapUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    long started = System.nanoTime();
    long id =
        runner.start(
            JobKind.MONTHLY_INVOICING.jobName(),
            Map.of(
                "period",
                YearMonth.now().toString(),
                Jobs.ORGANISATION,
                s.organisation().toString()));
    JobRunner.Execution run =
        await()
            .atMost(Duration.ofMinutes(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> runner.execution(id).orElseThrow(), e -> FINISHED.contains(e.status()));
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    long max = Runtime.getRuntime().maxMemory();

    String report =
        String.format(
            Locale.ROOT,
            "monthly-invoicing benchmark: %s, %d families (+2 of the scenario) made in %.1f s;"
                + " %d read, %d written, %d skipped in %.1f s = %.1f items/s;"
                + " heap used before %d MB, peak of the heap pools during the run %d MB, max %d MB",
            run.status(),
            families,
            makeSeconds,
            run.read(),
            run.written(),
            run.skipped(),
            seconds,
            run.written() / seconds,
            heapBefore >> 20,
            peak >> 20,
            max >> 20);
    LOG.log(System.Logger.Level.INFO, report);
    String logDir = System.getProperty("jboss.server.log.dir", ".");
    Files.writeString(Path.of(logDir, "invoicing-benchmark.txt"), report + "\n");

    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(run.written()).isEqualTo(families + 2L);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
