package nl.ouderportaal.domain.diary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.UUID;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * Every night, removes the diaries and photos of children whose family's access after care has
 * ended. A persistent timer: after downtime it fires once at start, which is harmless.
 */
@Singleton
public class DiaryRetentionSchedule {

  private static final Logger LOG = System.getLogger(DiaryRetentionSchedule.class.getName());

  @Inject private DiaryRetention retention;

  @Schedule(
      hour = "3",
      minute = "15",
      timezone = Clocks.ZONE_ID,
      persistent = true,
      info = "diary retention")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void removeEveryNight() {
    int children = 0;
    for (UUID child : retention.due()) {
      try {
        retention.remove(child);
        children++;
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "Removing the diary of child " + child + " failed", failed);
      }
    }
    if (children > 0) {
      LOG.log(Level.INFO, "Removed the diaries and photos of {0} children after care", children);
    }
  }
}
