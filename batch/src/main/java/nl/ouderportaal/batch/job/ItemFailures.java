package nl.ouderportaal.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.job.JobFailures;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Keeps every skipped item with its family or child and the reason, per job execution, for the
 * service desk's job monitor: the job repository only counts skips.
 */
@Named
@Dependent
public class ItemFailures implements SkipReadListener, SkipProcessListener, SkipWriteListener {

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

  @Override
  public void onSkipWriteItem(List<Object> items, Exception e) {
    keep(e);
  }

  private void keep(Exception e) {
    if (!(e instanceof ItemRefused refused)) {
      failures.record(
          job.getExecutionId(),
          job.getJobName(),
          organisationId(),
          JobItemFailure.ItemType.FAMILY,
          null,
          null,
          "job.failure.unexpected",
          ItemRefused.rootMessage(e));
      return;
    }
    for (ItemRefused item : refused.items()) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} #{1} skipped {2}",
          job.getJobName(),
          job.getExecutionId(),
          item.getMessage());
      failures.record(
          job.getExecutionId(),
          job.getJobName(),
          organisationId(),
          item.itemType(),
          item.itemId(),
          item.itemName(),
          item.reason(),
          item.detail());
    }
  }

  private UUID organisationId() {
    return organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation);
  }
}
