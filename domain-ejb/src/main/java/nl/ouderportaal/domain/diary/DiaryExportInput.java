package nl.ouderportaal.domain.diary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.ouderportaal.domain.family.AccessAfterCare;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Everything that decides whether and how a child's diary is exported, read in one go: how many
 * entries it has and when the latest entry or consent change was, the child's contracts, the
 * organisation's weeks of access after care, the export the child has (if any), and whether the
 * service desk asked for this child by name. Deciding is a pure function ({@link #plan}), which the
 * diary-exports job's processor is.
 *
 * @param latestChange the latest entry written or consent changed, or null for none
 * @param previous the child's export so far, or null
 * @param asked the service desk asked for this child: a new export even if one is up to date
 * @param today the day it was read
 */
public record DiaryExportInput(
    UUID childId,
    String childFirstName,
    String childName,
    UUID familyId,
    long entries,
    Instant latestChange,
    List<DateRange> contracts,
    int accessAfterCareWeeks,
    DiaryExport.Made previous,
    boolean asked,
    LocalDate today)
    implements Serializable {

  public DiaryExportInput {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(childFirstName, "childFirstName");
    Objects.requireNonNull(childName, "childName");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(today, "today");
    contracts = List.copyOf(contracts);
    if (entries < 0 || accessAfterCareWeeks < 0) {
      throw new IllegalArgumentException(
          "negative entries or weeks: " + entries + ", " + accessAfterCareWeeks);
    }
  }

  /**
   * The export to make, or empty when there is none to make: the diary is empty, or the child's
   * export is up to date (and the child was not asked for by name). The parents see it until the
   * end of the child's care plus the organisation's weeks of access after care; while the care has
   * no end, for as long as they have access.
   *
   * @throws BusinessException {@code job.failure.accessEnded} when that last day has passed: the
   *     parents could not download it any more
   */
  public Optional<DiaryExportPlan> plan() {
    if (entries == 0) {
      return Optional.empty();
    }
    LocalDate careEnd = AccessAfterCare.lastEnd(contracts).orElse(null);
    LocalDate visibleUntil = careEnd == null ? null : careEnd.plusWeeks(accessAfterCareWeeks);
    if (visibleUntil != null && visibleUntil.isBefore(today)) {
      throw new BusinessException("job.failure.accessEnded", visibleUntil);
    }
    if (!asked && previous != null && previous.isCurrentFor(careEnd, latestChange)) {
      return Optional.empty();
    }
    return Optional.of(
        new DiaryExportPlan(
            childId, childFirstName, childName, familyId, careEnd, visibleUntil, asked));
  }
}
