package nl.ouderportaal.domain.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * A part of a day that can be booked. KDV books mornings and afternoons (a whole day is both); BSO
 * books before school, after school, or a holiday day. The times are set per location.
 */
public enum DayPart {
  MORNING(CareType.DAYCARE),
  AFTERNOON(CareType.DAYCARE),
  BEFORE_SCHOOL(CareType.OUT_OF_SCHOOL),
  AFTER_SCHOOL(CareType.OUT_OF_SCHOOL),
  HOLIDAY_DAY(CareType.OUT_OF_SCHOOL);

  private final CareType careType;

  DayPart(CareType careType) {
    this.careType = careType;
  }

  public CareType careType() {
    return careType;
  }

  /** The day parts of a care type, in this order. */
  public static List<DayPart> of(CareType careType) {
    return Arrays.stream(values()).filter(part -> part.careType == careType).toList();
  }
}
