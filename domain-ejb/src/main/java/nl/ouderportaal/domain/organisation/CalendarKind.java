package nl.ouderportaal.domain.organisation;

/** What kind of day a location's calendar marks. */
public enum CalendarKind {
  /** school holiday: BSO gives holiday days, holiday credits can be spent */
  SCHOOL_HOLIDAY,
  /** a study day of the schools: like a holiday day for BSO */
  STUDY_DAY,
  /** the location is closed: no care at all */
  CLOSED
}
