package nl.ouderportaal.batch.diary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.batch.job.ItemFailures;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.diary.DiaryExportPlan;
import nl.ouderportaal.domain.diary.DiaryExports;
import nl.ouderportaal.domain.job.JobFailures;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Makes and stores the planned exports through the domain, each in a transaction of its own (see
 * {@link DiaryExports#export}): a child whose export cannot be made or stored does not take the
 * others of its chunk with it; it is kept as a failure with the reason, and the run goes on (see
 * {@link ItemFailures} for why a writer does not throw a skippable exception). Exporting is
 * idempotent, so the children a failed run did after its last checkpoint are found up to date when
 * it is restarted (or, asked for by name, get their export made once more, replacing it).
 */
@Named
@Dependent
public class DiaryExportWriter extends AbstractItemWriter {

  @Inject private DiaryExports diaryExports;
  @Inject private JobFailures failures;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      DiaryExportPlan plan = (DiaryExportPlan) item;
      try {
        diaryExports.export(plan);
      } catch (RuntimeException notStored) {
        ItemFailures.keep(
            failures,
            job,
            organisation,
            new ItemRefused(
                JobItemFailure.ItemType.CHILD,
                plan.childId(),
                plan.childName(),
                "job.failure.notStored",
                ItemRefused.rootMessage(notStored)));
      }
    }
  }
}
