package nl.ouderportaal.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import nl.ouderportaal.domain.job.JobFailures;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Keeps every skipped item with its family or child and the reason, per job execution, for the
 * service desk's job monitor: the job repository only counts skips. Reader and processor refuse an
 * item by throwing {@link ItemRefused} (skippable), and this listener keeps it. Writers do not
 * throw it: JBeret (2.x) does not end the chunk on a skippable exception from a writer, but keeps
 * the chunk's items and writes them again with the next ones; so a writer keeps the items it could
 * not store itself, through {@link #keep(JobFailures, JobContext, String, ItemRefused)}, and goes
 * on.
 */
@Named
@Dependent
public class ItemFailures implements SkipReadListener, SkipProcessListener {

  private static final System.Logger LOG = System.getLogger(ItemFailures.class.getName());

  @Inject private JobContext job;
  @Inject private JobFailures failures;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public void onSkipReadItem(Exception e) {
    keep(e);
  }

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    keep(e);
  }

  private void keep(Exception e) {
    if (e instanceof ItemRefused refused) {
      keep(failures, job, organisation, refused);
    } else {
      keep(
          failures,
          job,
          organisation,
          new ItemRefused(
              JobItemFailure.ItemType.FAMILY,
              null,
              null,
              "job.failure.unexpected",
              ItemRefused.rootMessage(e)));
    }
  }

  /** Keeps a refused item of the running job, in a transaction of its own. */
  public static void keep(
      JobFailures failures, JobContext job, String organisation, ItemRefused item) {
    LOG.log(
        System.Logger.Level.WARNING,
        "{0} #{1} skipped {2}",
        job.getJobName(),
        job.getExecutionId(),
        item.getMessage());
    failures.record(
        job.getExecutionId(),
        job.getJobName(),
        organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation),
        item.itemType(),
        item.itemId(),
        item.itemName(),
        item.reason(),
        item.detail());
  }
}
