package nl.ouderportaal.domain.importing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * Reads the fields of one row. Each method returns the value of a column, or null after adding a
 * problem on that column; {@link #hasProblems()} then tells whether the row is usable. The formats
 * are those people type in a Dutch Excel, and some they bring from elsewhere; where a value could
 * mean two things (is 1.056 a thousand hours or one?), it is refused rather than guessed.
 */
final class Fields {

  private static final Pattern DUTCH_DATE =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::00)?");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("(\\d+)(?:[.,](\\d{1,2}))?");
  private static final Pattern DUTCH_THOUSANDS =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d{1,2}))?");
  private static final Pattern ENGLISH_THOUSANDS =
      Pattern.compile("(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d{1,2}))?");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("ma", DayOfWeek.MONDAY),
          Map.entry("maandag", DayOfWeek.MONDAY),
          Map.entry("di", DayOfWeek.TUESDAY),
          Map.entry("dinsdag", DayOfWeek.TUESDAY),
          Map.entry("wo", DayOfWeek.WEDNESDAY),
          Map.entry("woensdag", DayOfWeek.WEDNESDAY),
          Map.entry("do", DayOfWeek.THURSDAY),
          Map.entry("donderdag", DayOfWeek.THURSDAY),
          Map.entry("vr", DayOfWeek.FRIDAY),
          Map.entry("vrijdag", DayOfWeek.FRIDAY),
          Map.entry("za", DayOfWeek.SATURDAY),
          Map.entry("zaterdag", DayOfWeek.SATURDAY),
          Map.entry("zo", DayOfWeek.SUNDAY),
          Map.entry("zondag", DayOfWeek.SUNDAY));

  private static final Map<String, Set<DayPart>> DAY_PARTS =
      Map.of(
          "hele dag", EnumSet.of(DayPart.MORNING, DayPart.AFTERNOON),
          "heledag", EnumSet.of(DayPart.MORNING, DayPart.AFTERNOON),
          "ochtend", EnumSet.of(DayPart.MORNING),
          "middag", EnumSet.of(DayPart.AFTERNOON),
          "vso", EnumSet.of(DayPart.BEFORE_SCHOOL),
          "nso", EnumSet.of(DayPart.AFTER_SCHOOL),
          "vakantie", EnumSet.of(DayPart.HOLIDAY_DAY),
          "vakantiedag", EnumSet.of(DayPart.HOLIDAY_DAY));

  private static final Map<String, CareType> CARE_TYPES =
      Map.of(
          "kdv", CareType.DAYCARE,
          "dagopvang", CareType.DAYCARE,
          "kinderdagverblijf", CareType.DAYCARE,
          "bso", CareType.OUT_OF_SCHOOL,
          "buitenschoolse opvang", CareType.OUT_OF_SCHOOL);

  private final String file;
  private final CsvRow row;
  private final List<ImportProblem> problems;
  private boolean problem;

  Fields(String file, CsvRow row, List<ImportProblem> problems) {
    this.file = file;
    this.row = row;
    this.problems = problems;
  }

  int line() {
    return row.line();
  }

  /** Whether a problem was found in this row, by these methods or by {@link #problem}. */
  boolean hasProblems() {
    return problem;
  }

  void problem(String column, String messageKey, Serializable... arguments) {
    problems.add(ImportProblem.at(file, row.line(), column, messageKey, arguments));
    problem = true;
  }

  boolean isEmpty(String column) {
    return raw(column).isEmpty();
  }

  private String raw(String column) {
    return row.value(column).strip();
  }

  /** A required text of at most {@link ImportLimits#MAX_TEXT_LENGTH} characters. */
  String text(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      problem(column, "import.required", column);
      return null;
    }
    return limited(column, value, ImportLimits.MAX_TEXT_LENGTH);
  }

  /** An optional text; null when empty. */
  String optionalText(String column) {
    String value = raw(column);
    return value.isEmpty() ? null : limited(column, value, ImportLimits.MAX_TEXT_LENGTH);
  }

  private String limited(String column, String value, int maximum) {
    if (value.codePointCount(0, value.length()) > maximum) {
      problem(column, "import.tooLong", column, maximum);
      return null;
    }
    return value;
  }

  LocalDate date(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      problem(column, "import.required", column);
      return null;
    }
    return parsedDate(column, value);
  }

  LocalDate optionalDate(String column) {
    String value = raw(column);
    return value.isEmpty() ? null : parsedDate(column, value);
  }

  private LocalDate parsedDate(String column, String value) {
    Optional<LocalDate> date = parseDate(value);
    if (date.isEmpty()) {
      problem(column, "import.date", value);
      return null;
    }
    return date.get();
  }

  /** d-M-yyyy with -, / or . between, or yyyy-MM-dd; only real dates, only four-digit years. */
  static Optional<LocalDate> parseDate(String value) {
    try {
      Matcher dutch = DUTCH_DATE.matcher(value);
      if (dutch.matches()) {
        return Optional.of(LocalDate.of(number(dutch, 4), number(dutch, 3), number(dutch, 1)));
      }
      Matcher iso = ISO_DATE.matcher(value);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
      }
    } catch (DateTimeException notADay) {
      // 31-2-2026: the pattern fits but there is no such day
    }
    return Optional.empty();
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  /** An optional end date, which may not be before the start (when that could be read). */
  LocalDate endDate(String column, String startColumn, LocalDate start) {
    LocalDate end = optionalDate(column);
    if (end != null && start != null && end.isBefore(start)) {
      problem(column, "import.endBeforeStart", raw(column), raw(startColumn));
      return null;
    }
    return end;
  }

  /** A date of birth: not in the future and at most 18 years ago, for childcare. */
  LocalDate birthDate(String column, LocalDate today) {
    LocalDate birthDate = date(column);
    if (birthDate == null) {
      return null;
    }
    if (birthDate.isAfter(today)) {
      problem(column, "import.birthDateInFuture", raw(column));
      return null;
    }
    if (birthDate.isBefore(today.minusYears(18))) {
      problem(column, "import.birthDateTooEarly", raw(column));
      return null;
    }
    return birthDate;
  }

  /** A required number of hours or euros, not negative, with at most two decimals. */
  BigDecimal amount(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      problem(column, "import.required", column);
      return null;
    }
    return parsedAmount(column, value);
  }

  /** An optional number of hours or euros; the given value when empty. */
  BigDecimal optionalAmount(String column, BigDecimal whenEmpty) {
    String value = raw(column);
    return value.isEmpty() ? whenEmpty : parsedAmount(column, value);
  }

  private BigDecimal parsedAmount(String column, String value) {
    Optional<BigDecimal> amount = parseDecimal(value);
    if (amount.isEmpty()) {
      problem(column, "import.number", value);
      return null;
    }
    if (amount.get().signum() < 0) {
      problem(column, "import.negative", value);
      return null;
    }
    return amount.get();
  }

  /**
   * 10,95 and 10.95; 1.056,50 and 1,056.50; 1056; with or without € and spaces. One separator
   * followed by three digits is refused: 1.056 is 1056 to a Dutch reader and 1.056 to others.
   */
  static Optional<BigDecimal> parseDecimal(String value) {
    String compact = value.replace("€", "").replaceAll("[\\s\\u00A0\\u202F]", "");
    boolean negative = compact.startsWith("-");
    String digits = negative ? compact.substring(1) : compact;
    String whole;
    String fraction;
    Matcher plain = PLAIN_DECIMAL.matcher(digits);
    Matcher dutch = DUTCH_THOUSANDS.matcher(digits);
    Matcher english = ENGLISH_THOUSANDS.matcher(digits);
    if (plain.matches()) {
      whole = plain.group(1);
      fraction = plain.group(2);
    } else if (dutch.matches() && (dutch.group(2) != null || countOf(digits, '.') > 1)) {
      whole = dutch.group(1).replace(".", "");
      fraction = dutch.group(2);
    } else if (english.matches() && (english.group(2) != null || countOf(digits, ',') > 1)) {
      whole = english.group(1).replace(",", "");
      fraction = english.group(2);
    } else {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(fraction == null ? whole : whole + "." + fraction);
    return Optional.of(negative ? amount.negate() : amount);
  }

  private static long countOf(String value, char c) {
    return value.chars().filter(ch -> ch == c).count();
  }

  /** A required whole number, which may be negative (the caller decides what is allowed). */
  Integer wholeNumber(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      problem(column, "import.required", column);
      return null;
    }
    return parsedWholeNumber(column, value);
  }

  /** A required count: a whole number, not negative. */
  Integer count(String column) {
    Integer count = wholeNumber(column);
    return count == null ? null : notNegative(column, count);
  }

  /** An optional count; null when empty. */
  Integer optionalCount(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      return null;
    }
    Integer count = parsedWholeNumber(column, value);
    return count == null ? null : notNegative(column, count);
  }

  private Integer notNegative(String column, int count) {
    if (count < 0) {
      problem(column, "import.negative", raw(column));
      return null;
    }
    return count;
  }

  private Integer parsedWholeNumber(String column, String value) {
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      problem(column, "import.wholeNumber", value);
      return null;
    }
    return Integer.valueOf(value.startsWith("+") ? value.substring(1) : value);
  }

  /** A required e-mail address, in lower case as logins compare them. */
  String email(String column) {
    String value = text(column);
    return value == null ? null : parsedEmail(column, value);
  }

  String optionalEmail(String column) {
    String value = optionalText(column);
    return value == null ? null : parsedEmail(column, value);
  }

  private String parsedEmail(String column, String value) {
    try {
      return UserAccount.normaliseEmail(value);
    } catch (IllegalArgumentException notAnAddress) {
      problem(column, "import.email", value);
      return null;
    }
  }

  /**
   * An optional phone number, kept as typed (as a parent's own number is): 8 to 15 digits once
   * spaces, dashes and brackets are left out, maybe after a +.
   */
  String optionalPhone(String column) {
    String value = raw(column);
    if (value.isEmpty()) {
      return null;
    }
    if (!PHONE.matcher(value.replaceAll("[\\s()-]", "")).matches()) {
      problem(column, "import.phone", value);
      return null;
    }
    return limited(column, value, ImportLimits.MAX_PHONE_LENGTH);
  }

  /** A Dutch address from three columns; its postal code written as 1234 AB. */
  Address address(String streetColumn, String postalCodeColumn, String cityColumn) {
    String street = text(streetColumn);
    String postalCode = text(postalCodeColumn);
    String city = text(cityColumn);
    if (street == null || postalCode == null || city == null) {
      return null;
    }
    try {
      return new Address(street, postalCode, city);
    } catch (IllegalArgumentException notDutch) {
      problem(postalCodeColumn, "import.postalCode", postalCode);
      return null;
    }
  }

  /** A required LRK number: nine digits, spaces and dots left out. */
  String lrkNumber(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return Location.requireLrkNumber(value);
    } catch (BusinessException notNineDigits) {
      problem(column, "import.lrk", value);
      return null;
    }
  }

  /** KDV or BSO, also written out in Dutch. */
  CareType careType(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    CareType careType = CARE_TYPES.get(words(value));
    if (careType == null) {
      problem(column, "import.careType", value);
    }
    return careType;
  }

  /** An optional time of day as 7:30, 07:30 or 07.30; the given time when empty. */
  LocalTime optionalTime(String column, LocalTime whenEmpty) {
    String value = raw(column);
    if (value.isEmpty()) {
      return whenEmpty;
    }
    Matcher time = TIME.matcher(value);
    if (time.matches()) {
      try {
        return LocalTime.of(number(time, 1), number(time, 2));
      } catch (DateTimeException noSuchTime) {
        // 25:00 or 7:75: falls through to the problem
      }
    }
    problem(column, "import.time", value);
    return null;
  }

  /**
   * Optional weekdays from Monday to Friday, as "ma,di,wo", "ma-vr", "ma t/m vr" or "maandag,
   * woensdag"; the given days when empty. A weekend day is refused: there is no weekend care.
   */
  Set<DayOfWeek> optionalWeekdays(String column, Set<DayOfWeek> whenEmpty) {
    String value = raw(column);
    if (value.isEmpty()) {
      return whenEmpty;
    }
    Optional<Set<DayOfWeek>> days = parseWeekdays(value);
    if (days.isEmpty()) {
      problem(column, "import.openingDays", value);
      return null;
    }
    return days.get();
  }

  static Optional<Set<DayOfWeek>> parseWeekdays(String value) {
    String normalised =
        value.toLowerCase(Locale.ROOT).replace("t/m", "-").replaceAll("\\s*-\\s*", "-");
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String token : normalised.split("[,;\\s]+")) {
      if (token.isEmpty() || token.equals("en")) {
        continue;
      }
      String[] range = token.split("-", -1);
      DayOfWeek from = WEEKDAYS.get(withoutDot(range[0]));
      DayOfWeek to = range.length == 2 ? WEEKDAYS.get(withoutDot(range[1])) : from;
      if (range.length > 2 || from == null || to == null || to.compareTo(from) < 0) {
        return Optional.empty();
      }
      for (DayOfWeek day = from; day.compareTo(to) <= 0; day = day.plus(1)) {
        days.add(day);
        if (day == DayOfWeek.SUNDAY) {
          break;
        }
      }
    }
    if (days.isEmpty() || days.contains(DayOfWeek.SATURDAY) || days.contains(DayOfWeek.SUNDAY)) {
      return Optional.empty();
    }
    return Optional.of(days);
  }

  private static String withoutDot(String day) {
    return day.endsWith(".") ? day.substring(0, day.length() - 1) : day;
  }

  /**
   * The day parts of one weekday, as "hele dag", "ochtend+middag", "VSO, NSO" or "vakantiedag";
   * none when empty. Whether they fit the location's care type is checked with the location.
   */
  Set<DayPart> dayParts(String column) {
    String value = raw(column);
    Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
    if (value.isEmpty()) {
      return parts;
    }
    for (String word : value.split("[+,]")) {
      if (word.isBlank()) {
        continue;
      }
      Set<DayPart> meant = DAY_PARTS.get(words(word));
      if (meant == null) {
        problem(column, "import.dayPart", word.strip());
        return null;
      }
      parts.addAll(meant);
    }
    return parts;
  }

  /** Lower case with single spaces, so "Hele dag" and "hele-dag" are "hele dag". */
  private static String words(String value) {
    return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }
}
