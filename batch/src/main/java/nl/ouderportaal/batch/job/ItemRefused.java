package nl.ouderportaal.batch.job;

import java.util.ArrayList;
import java.util.List;
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
  private final List<ItemRefused> others = new ArrayList<>();

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

  /** One exception for several refused items of a chunk. */
  public static ItemRefused all(List<ItemRefused> refused) {
    if (refused.isEmpty()) {
      throw new IllegalArgumentException("nothing was refused");
    }
    ItemRefused first = refused.get(0);
    first.others.addAll(refused.subList(1, refused.size()));
    return first;
  }

  /** This item and the others refused with it. */
  public List<ItemRefused> items() {
    List<ItemRefused> items = new ArrayList<>();
    items.add(this);
    items.addAll(others);
    return items;
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
