package nl.ouderportaal.domain.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A child's diary export as decided ({@link DiaryExportInput#plan}), ready to be made and stored by
 * {@link DiaryExports#export}.
 *
 * @param careEnd the end of the child's care it is made for, or null while the care has no end
 * @param visibleUntil the last day the parents see it, or null for as long as they have access
 * @param asked the service desk asked for this child: made even when the child's export is current
 */
public record DiaryExportPlan(
    UUID childId,
    String childFirstName,
    String childName,
    UUID familyId,
    LocalDate careEnd,
    LocalDate visibleUntil,
    boolean asked)
    implements Serializable {

  public DiaryExportPlan {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(childFirstName, "childFirstName");
    Objects.requireNonNull(childName, "childName");
    Objects.requireNonNull(familyId, "familyId");
    if ((careEnd == null) != (visibleUntil == null)
        || (careEnd != null && visibleUntil.isBefore(careEnd))) {
      throw new IllegalArgumentException(
          "visible until " + visibleUntil + " does not follow from the end of care " + careEnd);
    }
  }
}
