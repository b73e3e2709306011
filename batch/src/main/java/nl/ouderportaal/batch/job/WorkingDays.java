package nl.ouderportaal.batch.job;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Set;

/**
 * Working days in the Netherlands: Monday to Friday, except the national holidays on which offices
 * close (New Year, Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas). Good Friday
 * and Liberation Day are left out: most employers work then. The schedule invoices on the first
 * working day of a month.
 */
public final class WorkingDays {

  private static final Set<MonthDay> FIXED =
      Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

  private WorkingDays() {}

  public static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !isHoliday(day);
  }

  /** The first working day on or after {@code day}. */
  public static LocalDate firstOnOrAfter(LocalDate day) {
    LocalDate candidate = day;
    while (!isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  public static LocalDate firstOf(YearMonth month) {
    return firstOnOrAfter(month.atDay(1));
  }

  static boolean isHoliday(LocalDate day) {
    if (FIXED.contains(MonthDay.from(day))) {
      return true;
    }
    LocalDate kingsDay = LocalDate.of(day.getYear(), 4, 27);
    if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      kingsDay = kingsDay.minusDays(1);
    }
    LocalDate easter = easterSunday(day.getYear());
    return day.equals(kingsDay)
        || day.equals(easter.plusDays(1))
        || day.equals(easter.plusDays(39))
        || day.equals(easter.plusDays(50));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones, Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
