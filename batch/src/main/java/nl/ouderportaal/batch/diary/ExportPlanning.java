package nl.ouderportaal.batch.diary;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.diary.DiaryExportInput;
import nl.ouderportaal.domain.diary.DiaryExportPlan;
import nl.ouderportaal.domain.job.JobItemFailure;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * Decides a child's export from what the reader read: a pure function ({@link #plan}). A child
 * whose diary is empty, or whose export is up to date, is filtered out; a child whose parents can
 * no longer download anything is refused with the reason, and the run goes on.
 */
@Named
@Dependent
public class ExportPlanning implements ItemProcessor {

  @Override
  public DiaryExportPlan processItem(Object item) {
    return plan((DiaryExportInput) item);
  }

  /**
   * The export to make, or null when there is none to make.
   *
   * @throws ItemRefused {@code job.failure.accessEnded} (the parents' access after care is over;
   *     the detail names its last day) or {@code job.failure.invalidData} (the data break a rule of
   *     the model)
   */
  public static DiaryExportPlan plan(DiaryExportInput input) {
    try {
      return input.plan().orElse(null);
    } catch (BusinessException refused) {
      Object lastDay = refused.arguments().isEmpty() ? null : refused.arguments().get(0);
      throw refused(
          input,
          refused.messageKey(),
          lastDay instanceof LocalDate day ? "last day of access " + day : null);
    } catch (IllegalArgumentException | IllegalStateException broken) {
      throw refused(input, "job.failure.invalidData", broken.getMessage());
    }
  }

  private static ItemRefused refused(DiaryExportInput input, String reason, String detail) {
    return new ItemRefused(
        JobItemFailure.ItemType.CHILD, input.childId(), input.childName(), reason, detail);
  }
}
