package nl.ouderportaal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationCalendarTest {

  private final Organisation organisation =
      new Organisation("Opvang", "sp@opvang.example", "030 000 00 00");
  private final Location bso =
      new Location(
          organisation,
          "BSO",
          new Address("Straat 1", "1234 AB", "Utrecht"),
          "123456789",
          CareType.OUT_OF_SCHOOL);
  private final List<CalendarDay> marked =
      List.of(
          new CalendarDay(
              bso,
              CalendarKind.SCHOOL_HOLIDAY,
              LocalDate.of(2026, 12, 19),
              LocalDate.of(2027, 1, 3),
              "Kerstvakantie"),
          new CalendarDay(
              bso,
              CalendarKind.CLOSED,
              LocalDate.of(2026, 12, 25),
              LocalDate.of(2026, 12, 25),
              "Eerste kerstdag"),
          new CalendarDay(
              bso,
              CalendarKind.STUDY_DAY,
              LocalDate.of(2026, 11, 20),
              LocalDate.of(2026, 11, 20),
              "Studiedag"));

  @Test
  void weekendsAndClosingDaysAreClosedAHolidayIsOpenButSchoolFree() {
    assertThat(LocationCalendar.day(LocalDate.of(2026, 11, 28), marked).open())
        .as("Saturday")
        .isFalse();
    assertThat(LocationCalendar.day(LocalDate.of(2026, 12, 25), marked).open())
        .as("Christmas")
        .isFalse();
    LocationCalendar.Day holiday = LocationCalendar.day(LocalDate.of(2026, 12, 22), marked);
    assertThat(holiday.open()).isTrue();
    assertThat(holiday.schoolFree()).isTrue();
    assertThat(holiday.note()).isEqualTo("Kerstvakantie");
    assertThat(LocationCalendar.day(LocalDate.of(2026, 12, 2), marked).schoolFree()).isFalse();
  }

  @Test
  void bsoOffersHolidayDaysOnSchoolFreeDaysAndBeforeAndAfterSchoolOtherwise() {
    Map<DayPart, DayPartTimes.Span> times = new EnumMap<>(DayPart.class);
    for (DayPart part : List.of(DayPart.BEFORE_SCHOOL, DayPart.AFTER_SCHOOL, DayPart.HOLIDAY_DAY)) {
      times.put(part, DayPartTimes.standard(part));
    }

    assertThat(
            LocationCalendar.offered(
                CareType.OUT_OF_SCHOOL,
                LocationCalendar.day(LocalDate.of(2026, 11, 20), marked),
                times))
        .containsOnlyKeys(DayPart.HOLIDAY_DAY);
    assertThat(
            LocationCalendar.offered(
                CareType.OUT_OF_SCHOOL,
                LocationCalendar.day(LocalDate.of(2026, 12, 2), marked),
                times))
        .containsOnlyKeys(DayPart.BEFORE_SCHOOL, DayPart.AFTER_SCHOOL);
    assertThat(
            LocationCalendar.offered(
                CareType.OUT_OF_SCHOOL,
                LocationCalendar.day(LocalDate.of(2026, 12, 25), marked),
                times))
        .isEmpty();
  }

  @Test
  void aDayPartKnowsItsHours() {
    assertThat(DayPartTimes.standard(DayPart.MORNING).hours()).isEqualByComparingTo("5.50");
    assertThat(DayPartTimes.standard(DayPart.AFTER_SCHOOL).hours()).isEqualByComparingTo("4.50");
    assertThat(
            DayPartTimes.standard(DayPart.MORNING)
                .overlaps(DayPartTimes.standard(DayPart.AFTERNOON)))
        .isFalse();
  }
}
