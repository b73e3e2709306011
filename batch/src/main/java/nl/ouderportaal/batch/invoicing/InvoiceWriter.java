package nl.ouderportaal.batch.invoicing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.batch.job.ItemFailures;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.billing.InvoiceRun;
import nl.ouderportaal.domain.job.JobFailures;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Issues the drafted invoices through the domain, each in a transaction of its own (see {@link
 * InvoiceRun#issue}): a family that cannot be stored does not take the others of its chunk with it;
 * it is kept as a failure with the reason, and the run goes on (see {@link ItemFailures} for why a
 * writer does not throw a skippable exception). Issuing is idempotent, so the items a failed run
 * wrote after its last checkpoint are found done when it is restarted.
 *
 * <p>Job parameter {@code failAfter} (a number, normally absent) makes the run fail on purpose
 * after it issued that many new invoices, so that a system test can restart a run that failed
 * half-way. Invoices found done do not count, so a restart with the same parameter goes on.
 */
@Named
@Dependent
public class InvoiceWriter extends AbstractItemWriter {

  @Inject private InvoiceRun invoiceRun;
  @Inject private JobFailures failures;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "failAfter")
  private String failAfter;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  private int issued;

  @Override
  public void writeItems(List<Object> items) {
    int limit = failAfter == null || failAfter.isBlank() ? 0 : Integer.parseInt(failAfter.strip());
    for (Object item : items) {
      if (limit > 0 && issued >= limit) {
        throw new IllegalStateException(
            "Stopped on purpose after " + issued + " invoices (job parameter failAfter)");
      }
      DraftedInvoice drafted = (DraftedInvoice) item;
      try {
        if (invoiceRun.issue(drafted.input(), drafted.draft()).isPresent()) {
          issued++;
        }
      } catch (RuntimeException notStored) {
        ItemFailures.keep(
            failures,
            job,
            organisation,
            new ItemRefused(
                JobItemFailure.ItemType.FAMILY,
                drafted.input().familyId(),
                drafted.input().family().name(),
                "job.failure.notStored",
                ItemRefused.rootMessage(notStored)));
      }
    }
  }
}
