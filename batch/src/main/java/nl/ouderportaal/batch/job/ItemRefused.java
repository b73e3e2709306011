package nl.ouderportaal.batch.job;

import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * An item a job cannot handle: the family or child, a reason (a message key of the back-office) and
 * a detail. Skippable in every job XML, so the run goes on with the next item; {@link ItemFailures}
 * keeps the reason. A writer that could not store some items of a chunk throws one of these for all
 * of them together.
 */
public class ItemRefused extends RuntimeException {

  private final JobItemFailure.ItemType itemType;
  private final UUID itemId;
  private final String itemName;
  private final String reason;
  private final String detail;

  public ItemRefused(
      JobItemFailure.ItemType itemType,
      UUID itemId,
      String itemName,
      String reason,
      String detail) {
    super(reason + ": " + itemName + (detail == null ? "" : " (" + detail + ")"));
    this.itemType = Objects.requireNonNull(itemType, "itemType");
    this.itemId = itemId;
    this.itemName = itemName;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail;
  }

  public JobItemFailure.ItemType itemType() {
    return itemType;
  }

  public UUID itemId() {
    return itemId;
  }

  public String itemName() {
    return itemName;
  }

  public String reason() {
    return reason;
  }

  /** What went wrong in technical words, or null when the reason says it all. */
  public String detail() {
    return detail;
  }

  /** The deepest message of an unexpected exception, for the service desk's detail column. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
