package nl.ouderportaal.domain.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.LocationCalendar;
import nl.ouderportaal.domain.organisation.Weekdays;
import nl.ouderportaal.domain.platform.DateRange;
import org.junit.jupiter.api.Test;

/** Which children a group has by contract in each day part, and when that is too many. */
class GroupLoadTest {

  // Monday 4 January 2027 to Sunday 17 January 2027
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  private final UUID abel = UUID.randomUUID();
  private final UUID bo = UUID.randomUUID();
  private final UUID cas = UUID.randomUUID();

  @Test
  void aChildCountsWhenPlacedAndItsContractBooksTheDayPart() {
    List<GroupLoad.Placed> placed =
        List.of(
            child(abel, DateRange.from(MONDAY), mondayMorning(DateRange.from(MONDAY))),
            // placed only from the second week
            child(bo, DateRange.from(MONDAY.plusWeeks(1)), mondayMorning(DateRange.from(MONDAY))),
            // a contract, but ended before
            child(
                cas,
                DateRange.from(MONDAY),
                mondayMorning(new DateRange(MONDAY.minusWeeks(4), MONDAY.minusDays(1)))));

    assertThat(GroupLoad.children(CareType.DAYCARE, day(MONDAY), DayPart.MORNING, placed))
        .containsExactly(abel);
    assertThat(
            GroupLoad.children(CareType.DAYCARE, day(MONDAY.plusWeeks(1)), DayPart.MORNING, placed))
        .containsExactlyInAnyOrder(abel, bo);
    assertThat(GroupLoad.children(CareType.DAYCARE, day(MONDAY), DayPart.AFTERNOON, placed))
        .isEmpty();
    assertThat(
            GroupLoad.children(CareType.DAYCARE, day(MONDAY.plusDays(1)), DayPart.MORNING, placed))
        .as("Tuesday")
        .isEmpty();
  }

  @Test
  void theDayPartsThatOverflowAreNamedEarliestFirst() {
    List<GroupLoad.Placed> placed =
        List.of(
            child(abel, DateRange.from(MONDAY), mondayMorning(DateRange.from(MONDAY))),
            child(bo, DateRange.from(MONDAY.plusWeeks(1)), mondayMorning(DateRange.from(MONDAY))));
    List<LocationCalendar.Day> days =
        MONDAY.datesUntil(MONDAY.plusWeeks(2)).map(this::day).toList();

    List<GroupLoad.Overflow> overflows =
        GroupLoad.overflows(
            CareType.DAYCARE, Map.of(DayPart.MORNING, 1, DayPart.AFTERNOON, 1), days, placed, 5);

    assertThat(overflows)
        .containsExactly(new GroupLoad.Overflow(MONDAY.plusWeeks(1), DayPart.MORNING, 2, 1));
    assertThat(
            GroupLoad.overflows(
                CareType.DAYCARE,
                Map.of(DayPart.MORNING, 2, DayPart.AFTERNOON, 1),
                days,
                placed,
                5))
        .isEmpty();
  }

  @Test
  void bsoAfterSchoolCareDoesNotCountOnASchoolHolidayNorAnythingOnAClosedDay() {
    LocalDate holiday = MONDAY;
    List<CalendarDay> marked = List.of();
    LocationCalendar.Day schoolFree =
        new LocationCalendar.Day(holiday, true, true, "Kerstvakantie", CalendarKind.SCHOOL_HOLIDAY);
    LocationCalendar.Day closed =
        new LocationCalendar.Day(holiday, false, true, "Gesloten", CalendarKind.CLOSED);
    List<GroupLoad.Placed> placed =
        List.of(
            new GroupLoad.Placed(
                abel,
                DateRange.from(MONDAY),
                List.of(
                    new GroupLoad.Booking(
                        DateRange.from(MONDAY),
                        Set.of(
                            new ContractDay(DayOfWeek.MONDAY, DayPart.AFTER_SCHOOL),
                            new ContractDay(DayOfWeek.MONDAY, DayPart.HOLIDAY_DAY))))));

    assertThat(GroupLoad.children(CareType.OUT_OF_SCHOOL, schoolFree, DayPart.AFTER_SCHOOL, placed))
        .isEmpty();
    assertThat(GroupLoad.children(CareType.OUT_OF_SCHOOL, schoolFree, DayPart.HOLIDAY_DAY, placed))
        .containsExactly(abel);
    assertThat(
            GroupLoad.children(CareType.OUT_OF_SCHOOL, day(MONDAY), DayPart.AFTER_SCHOOL, placed))
        .containsExactly(abel);
    assertThat(GroupLoad.children(CareType.OUT_OF_SCHOOL, closed, DayPart.HOLIDAY_DAY, placed))
        .isEmpty();
    assertThat(marked).isEmpty();
  }

  private LocationCalendar.Day day(LocalDate date) {
    return LocationCalendar.day(date, List.of(), Weekdays.WORKING_WEEK);
  }

  private static GroupLoad.Placed child(UUID id, DateRange placement, GroupLoad.Booking contract) {
    return new GroupLoad.Placed(id, placement, List.of(contract));
  }

  private static GroupLoad.Booking mondayMorning(DateRange period) {
    return new GroupLoad.Booking(
        period, Set.of(new ContractDay(DayOfWeek.MONDAY, DayPart.MORNING)));
  }
}
