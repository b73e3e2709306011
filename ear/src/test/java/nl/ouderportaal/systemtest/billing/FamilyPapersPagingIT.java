package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.domain.document.DocumentKind;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents and invoices on the back-office's family page come a page at a time from the
 * boundary, counted in the database, newest first; only that family's, and only for the service
 * desk of its own organisation.
 */
@ExtendWith(ArquillianExtension.class)
public class FamilyPapersPagingIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(FamilyPapersPagingIT.class);
  }

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Documents")
  private Documents documents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invoices")
  private Invoices invoices;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  private final YearMonth month = YearMonth.now();

  @Test
  public void aFamilysDocumentsAreCountedAndPagedNewestFirst() throws Exception {
    Scenario s = fixtures.scenario();
    List<UUID> uploaded = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      uploaded.add(upload(s, s.familyA(), "Contract " + i));
    }
    upload(s, s.familyB(), "Contract van een ander gezin");

    assertThat(asDesk(s, () -> documents.countOfFamily(s.familyA()))).isEqualTo(3);
    assertThat(asDesk(s, () -> documents.ofFamily(s.familyA(), 0, 2)))
        .extracting(Documents.Line::id)
        .containsExactly(uploaded.get(2), uploaded.get(1));
    assertThat(asDesk(s, () -> documents.ofFamily(s.familyA(), 2, 2)))
        .extracting(Documents.Line::title)
        .containsExactly("Contract 1");
    assertThat(asDesk(s, () -> documents.ofFamily(s.familyA(), 3, 2))).isEmpty();
  }

  @Test
  public void anotherOrganisationsServiceDeskGetsNoPageOfAFamilysDocuments() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    upload(s, s.familyA(), "Contract");

    assertThatThrownBy(() -> asDesk(other, () -> documents.ofFamily(s.familyA(), 0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asDesk(other, () -> documents.countOfFamily(s.familyA())))
        .isInstanceOf(NotFoundException.class);
    assertThat(asDesk(other, () -> documents.countOfFamily(other.familyA()))).isZero();
  }

  @Test
  public void aFamilysInvoicesAreCountedAndPagedTheLatestMonthFirstForItsOwnOrganisationOnly()
      throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    // a family with a contract since the first of last month: an invoice for each month
    UUID family = fixtures.moreFamilies(s.organisation(), 1, true).get(0);
    finish(
        s, asDesk(s, () -> jobs.start(JobKind.MONTHLY_INVOICING, month.minusMonths(1).toString())));
    finish(s, asDesk(s, () -> jobs.start(JobKind.MONTHLY_INVOICING, month.toString())));

    assertThat(asDesk(s, () -> invoices.countOfFamily(family))).isEqualTo(2);
    assertThat(asDesk(s, () -> invoices.ofFamily(family, 0, 1)))
        .extracting(Invoices.Summary::period)
        .containsExactly(month);
    assertThat(asDesk(s, () -> invoices.ofFamily(family, 1, 1)))
        .extracting(Invoices.Summary::period)
        .containsExactly(month.minusMonths(1));
    assertThat(asDesk(s, () -> invoices.ofFamily(family, 2, 1))).isEmpty();
    assertThatThrownBy(() -> asDesk(other, () -> invoices.ofFamily(family, 0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> asDesk(other, () -> invoices.countOfFamily(family)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> Caller.as(s.parentAAccount(), "PARENT", () -> invoices.ofFamily(family, 0, 10)))
        .isInstanceOf(NotFoundException.class);
  }

  private UUID upload(Scenario s, UUID family, String title) throws Exception {
    byte[] pdf = ("%PDF-1.4\n% " + title + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    return asDesk(
        s,
        () ->
            documents.upload(
                family,
                DocumentKind.CONTRACT,
                title,
                "contract.pdf",
                pdf.length,
                new ByteArrayInputStream(pdf)));
  }

  private void finish(Scenario s, long executionId) {
    Jobs.Run run =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(300))
            .until(
                () -> asDesk(s, () -> jobs.run(executionId)), r -> FINISHED.contains(r.status()));
    assertThat(run.status()).isEqualTo("COMPLETED");
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
