package nl.ouderportaal.domain.diary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Which children a run of the diary-exports job is for; exactly one of the three is set, and it is
 * the run's job parameter of the same name:
 *
 * <ul>
 *   <li>{@code endingOn}: the children whose care ended on that day or earlier: each of their
 *       contracts has an end, the latest is on or before the day (and before today), and is no
 *       longer ago than the organisation's weeks of access after care, so their parents can still
 *       download. The schedule runs this every morning for yesterday.
 *   <li>{@code group}: the children placed in the group today.
 *   <li>{@code child}: that one child, asked for by the service desk.
 * </ul>
 *
 * A child of the first two whose export is up to date is left alone; a child asked for by name gets
 * a new one in any case (see {@link DiaryExportInput#plan}).
 */
public record DiaryExportSelection(LocalDate endingOn, UUID group, UUID child)
    implements Serializable {

  public static final String ENDING_ON = "endingOn";
  public static final String GROUP = "group";
  public static final String CHILD = "child";

  public DiaryExportSelection {
    int set = (endingOn == null ? 0 : 1) + (group == null ? 0 : 1) + (child == null ? 0 : 1);
    if (set != 1) {
      throw new IllegalArgumentException(
          "exactly one of endingOn, group and child: " + endingOn + ", " + group + ", " + child);
    }
  }

  public static DiaryExportSelection endingOn(LocalDate day) {
    return new DiaryExportSelection(day, null, null);
  }

  public static DiaryExportSelection ofGroup(UUID group) {
    return new DiaryExportSelection(null, group, null);
  }

  public static DiaryExportSelection ofChild(UUID child) {
    return new DiaryExportSelection(null, null, child);
  }

  /**
   * The selection of a run's job parameters.
   *
   * @throws IllegalArgumentException when not exactly one is given, or it is no day or id
   */
  public static DiaryExportSelection of(Map<String, String> jobParameters) {
    try {
      return new DiaryExportSelection(
          blank(jobParameters.get(ENDING_ON))
              ? null
              : LocalDate.parse(jobParameters.get(ENDING_ON)),
          blank(jobParameters.get(GROUP)) ? null : UUID.fromString(jobParameters.get(GROUP)),
          blank(jobParameters.get(CHILD)) ? null : UUID.fromString(jobParameters.get(CHILD)));
    } catch (DateTimeParseException notADay) {
      throw new IllegalArgumentException("endingOn is no day: " + jobParameters.get(ENDING_ON));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Whether the service desk asked for this one child: it gets a new export even if it has one. */
  public boolean isOneChild() {
    return child != null;
  }

  /** The name of the job parameter that holds this selection. */
  public String parameterName() {
    return endingOn != null ? ENDING_ON : group != null ? GROUP : CHILD;
  }

  /** The value of that job parameter. */
  public String parameterValue() {
    return endingOn != null
        ? endingOn.toString()
        : group != null ? group.toString() : child.toString();
  }
}
