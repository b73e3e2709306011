package nl.ouderportaal.domain.billing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.MigrateOnBoot;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A benchmark, not a test (no JUnit, not run by the build): the part of the invoicing job that runs
 * without a server, for 10,000 generated families: draft the invoice (the processor), number and
 * issue it, write its PDF, and store the PDF in the blob table of an H2 database made by the real
 * migrations. Reports items per second and heap. The whole job, with JPA, JBeret and the server, is
 * measured by the system tests' InvoicingBenchmark. Run:
 *
 * <pre>./mvnw -q -o -pl domain-ejb test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.ouderportaal.domain.billing.InvoicePipelineBenchmark</pre>
 */
public final class InvoicePipelineBenchmark {

  private static final System.Logger LOG =
      System.getLogger(InvoicePipelineBenchmark.class.getName());

  private InvoicePipelineBenchmark() {}

  public static void main(String[] args) throws IOException, SQLException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);

    Families world = new Families();
    YearMonth month = YearMonth.of(2026, 11);
    LocalDate invoiceDate = LocalDate.of(2026, 12, 1);
    run(world, month, invoiceDate, 500, dataSource);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long bytes = run(world, month, invoiceDate, count, dataSource);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    LOG.log(
        System.Logger.Level.INFO,
        String.format(
            Locale.ROOT,
            "%d invoices drafted, numbered, printed and stored in %.1f s = %.0f items/s;"
                + " %.1f KB of PDF each; heap peak %d MB of max %d MB",
            count,
            seconds,
            count / seconds,
            bytes / 1024.0 / count,
            peak >> 20,
            Runtime.getRuntime().maxMemory() >> 20));
  }

  private static long run(
      Families world, YearMonth month, LocalDate invoiceDate, int count, JdbcDataSource dataSource)
      throws IOException, SQLException {
    InvoiceNumberSequence numbers =
        new InvoiceNumberSequence(world.organisation.id(), invoiceDate.getYear());
    long bytes = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into blob (id, content_type, size_bytes, sha256, created_at, content)"
                    + " values (?, 'application/pdf', ?, '', ?, ?)")) {
      for (int i = 0; i < count; i++) {
        Family family =
            new Family(
                world.organisation,
                "Gezin " + i,
                new Address("Straat " + (i + 1), "3511 AA", "Utrecht"));
        Child child = new Child(family, "Kind", "Gezin " + i, LocalDate.of(2024, 1, 1));
        Contract contract =
            new Contract(
                child,
                world.kdv,
                Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)),
                new BigDecimal("528"),
                new BigDecimal("10.95"),
                DateRange.from(LocalDate.of(2026, 1, 1)));
        Invoice invoice =
            new InvoiceDraft(
                    family,
                    List.of(new Parent(family, "Ouder", "Gezin " + i, "ouder@test.example", null)),
                    month)
                .addContractCare(contract)
                .issue(numbers.take(), invoiceDate);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(8192);
        new InvoicePdf(invoice).writeTo(pdf);
        bytes += pdf.size();
        insert.setObject(1, UUID.randomUUID());
        insert.setLong(2, pdf.size());
        insert.setObject(3, OffsetDateTime.now());
        insert.setBinaryStream(4, new ByteArrayInputStream(pdf.toByteArray()), pdf.size());
        insert.executeUpdate();
      }
    }
    return bytes;
  }
}
