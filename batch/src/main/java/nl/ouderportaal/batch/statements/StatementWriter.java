package nl.ouderportaal.batch.statements;

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
 * Issues each family's statements through the domain, in a transaction per family; a child that has
 * its statement already is left alone, so a second run or a restart adds nothing twice. A family
 * that cannot be stored is kept as a failure, and the run goes on.
 */
@Named
@Dependent
public class StatementWriter extends AbstractItemWriter {

  @Inject private InvoiceRun invoiceRun;
  @Inject private JobFailures failures;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      DraftedStatements drafted = (DraftedStatements) item;
      try {
        invoiceRun.issueStatements(
            drafted.family().familyId(), drafted.family().year(), drafted.statements());
      } catch (RuntimeException notStored) {
        ItemFailures.keep(
            failures,
            job,
            organisation,
            new ItemRefused(
                JobItemFailure.ItemType.FAMILY,
                drafted.family().familyId(),
                drafted.family().familyName(),
                "job.failure.notStored",
                ItemRefused.rootMessage(notStored)));
      }
    }
  }
}
