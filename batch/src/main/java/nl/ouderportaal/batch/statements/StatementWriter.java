package nl.ouderportaal.batch.statements;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.billing.InvoiceRun;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Issues each family's statements through the domain, in a transaction per family; a child that has
 * its statement already is left alone, so a second run or a restart adds nothing twice.
 */
@Named
@Dependent
public class StatementWriter extends AbstractItemWriter {

  @Inject private InvoiceRun invoiceRun;

  @Override
  public void writeItems(List<Object> items) {
    List<ItemRefused> refused = new ArrayList<>();
    for (Object item : items) {
      DraftedStatements drafted = (DraftedStatements) item;
      try {
        invoiceRun.issueStatements(
            drafted.family().familyId(), drafted.family().year(), drafted.statements());
      } catch (RuntimeException notStored) {
        refused.add(
            new ItemRefused(
                JobItemFailure.ItemType.FAMILY,
                drafted.family().familyId(),
                drafted.family().familyName(),
                "job.failure.notStored",
                ItemRefused.rootMessage(notStored)));
      }
    }
    if (!refused.isEmpty()) {
      throw ItemRefused.all(refused);
    }
  }
}
