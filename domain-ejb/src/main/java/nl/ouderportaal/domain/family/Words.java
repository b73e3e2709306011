package nl.ouderportaal.domain.family;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.platform.DateRange;

/**
 * Families, children, contracts and placements in words people read: for the audit log (Dutch, the
 * language of the service desk's records) and for the answer a parent gets when their contract
 * changed (Dutch or English, the parent's language). Formats are written out here, not taken from
 * the JVM's locale data, so that the same words come out on every server.
 */
public final class Words {

  private static final Locale NL = Locale.forLanguageTag("nl");

  private final boolean dutch;
  private final Locale locale;

  private Words(boolean dutch) {
    this.dutch = dutch;
    this.locale = dutch ? NL : Locale.ENGLISH;
  }

  public static Words dutch() {
    return new Words(true);
  }

  /** In the language of an account: "nl" or "en". */
  public static Words in(String language) {
    return new Words(!"en".equals(language));
  }

  /** "De Vries, Oudegracht 210, 3511 NR Utrecht" */
  public String family(Family family) {
    return family.name() + ", " + family.address();
  }

  /** "Sanne de Vries, sanne@example.com, 06 12345678" */
  public String parent(Parent parent) {
    return parent.fullName()
        + ", "
        + parent.email()
        + (parent.phone() == null ? "" : ", " + parent.phone());
  }

  /** "Noor de Vries, geboren 3 mei 2026" */
  public String child(Child child) {
    return child.fullName() + (dutch ? ", geboren " : ", born ") + date(child.birthDate());
  }

  /**
   * "KDV bij De Boomhut, maandag en dinsdag hele dag, 528 uur per jaar à € 10,95, 22 uur
   * KDV-flextegoed per jaar, van 1 januari 2027 tot en met 31 juli 2028"
   */
  public String contract(Contract.Terms terms) {
    List<String> parts = new ArrayList<>();
    parts.add(
        careType(terms.location().careType())
            + (dutch ? " bij " : " at ")
            + terms.location().name());
    parts.add(days(terms.days()));
    parts.add(
        hours(terms.hoursPerYear())
            + (dutch ? " uur per jaar à " : " hours a year at ")
            + money(terms.hourlyRate()));
    FlexHours flex = terms.flex() == null ? FlexHours.NONE : terms.flex();
    if (flex.daycare().signum() > 0) {
      parts.add(
          hours(flex.daycare())
              + (dutch ? " uur KDV-flextegoed per jaar" : " hours of KDV flex credit a year"));
    }
    if (flex.outOfSchool().signum() > 0) {
      parts.add(
          hours(flex.outOfSchool())
              + (dutch ? " uur BSO-flextegoed per jaar" : " hours of BSO flex credit a year"));
    }
    if (flex.holiday().signum() > 0) {
      parts.add(
          hours(flex.holiday())
              + (dutch ? " Vakantiepret-uren per jaar" : " Vakantiepret hours a year"));
    }
    parts.add(period(terms.period()));
    return String.join(", ", parts);
  }

  /**
   * The answer to parents who asked for a change of their child's contract: what it is from the day
   * of the change, and until when it stays as it was ({@code before} is null for a new contract).
   */
  public String contractChanged(
      Child child, Contract.Terms before, Contract.Terms after, LocalDate from) {
    BigDecimal monthly =
        after
            .hoursPerYear()
            .multiply(after.hourlyRate())
            .divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
    StringBuilder text = new StringBuilder();
    text.append(
        dutch
            ? "We hebben de opvang van " + child.firstName() + " aangepast."
            : "We have changed " + child.firstName() + "'s care.");
    text.append(dutch ? " Vanaf " : " From ").append(day(from)).append(": ");
    text.append(careType(after.location().careType()))
        .append(dutch ? " bij " : " at ")
        .append(after.location().name())
        .append(", ")
        .append(days(after.days()))
        .append(", ")
        .append(hours(after.hoursPerYear()))
        .append(dutch ? " uur per jaar à " : " hours a year at ")
        .append(money(after.hourlyRate()))
        .append(" (")
        .append(money(monthly))
        .append(dutch ? " per maand)." : " a month).");
    if (after.period().end() != null) {
      text.append(
              dutch ? " Het contract loopt tot en met " : " The contract runs up to and including ")
          .append(date(after.period().end()))
          .append(".");
    }
    if (before != null) {
      text.append(dutch ? " Tot en met " : " Up to and including ")
          .append(day(from.minusDays(1)))
          .append(dutch ? " blijft het zoals het was: " : " it stays as it was: ")
          .append(days(before.days()))
          .append(", ")
          .append(hours(before.hoursPerYear()))
          .append(dutch ? " uur per jaar à " : " hours a year at ")
          .append(money(before.hourlyRate()))
          .append(".");
    }
    return text.toString();
  }

  /** "Rupsjes (De Boomhut), van 1 januari 2027" */
  public String placement(Placement placement) {
    return placement.group().name()
        + " ("
        + placement.group().location().name()
        + "), "
        + period(placement.period());
  }

  /** "van 1 januari 2027 tot en met 31 juli 2028", or "vanaf 1 januari 2027" without an end. */
  public String period(DateRange period) {
    if (period.isOpenEnded()) {
      return (dutch ? "vanaf " : "from ") + date(period.start());
    }
    return (dutch ? "van " : "from ")
        + date(period.start())
        + (dutch ? " tot en met " : " up to and including ")
        + date(period.end());
  }

  /** "maandag en woensdag hele dag, vrijdag ochtend" */
  public String days(Set<ContractDay> days) {
    Map<DayOfWeek, List<DayPart>> byDay = new TreeMap<>();
    for (ContractDay day : days) {
      byDay.computeIfAbsent(day.weekday(), d -> new ArrayList<>()).add(day.dayPart());
    }
    // weekdays with the same day parts are named together
    Map<String, List<String>> byParts = new java.util.LinkedHashMap<>();
    byDay.forEach(
        (weekday, parts) ->
            byParts
                .computeIfAbsent(dayParts(parts), p -> new ArrayList<>())
                .add(weekday.getDisplayName(TextStyle.FULL, locale)));
    List<String> groups = new ArrayList<>();
    byParts.forEach((parts, weekdays) -> groups.add(list(weekdays) + " " + parts));
    return String.join(", ", groups);
  }

  private String dayParts(List<DayPart> parts) {
    if (parts.contains(DayPart.MORNING) && parts.contains(DayPart.AFTERNOON)) {
      return dutch ? "hele dag" : "whole day";
    }
    return list(parts.stream().sorted().map(this::dayPart).toList());
  }

  public String dayPart(DayPart part) {
    return switch (part) {
      case MORNING -> dutch ? "ochtend" : "morning";
      case AFTERNOON -> dutch ? "middag" : "afternoon";
      case BEFORE_SCHOOL -> dutch ? "voor school (VSO)" : "before school";
      case AFTER_SCHOOL -> dutch ? "na school (NSO)" : "after school";
      case HOLIDAY_DAY -> dutch ? "vakantiedag" : "holiday day";
    };
  }

  public String careType(CareType careType) {
    return careType == CareType.DAYCARE ? "KDV" : "BSO";
  }

  /** "maandag, dinsdag en vrijdag" */
  private String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + (dutch ? " en " : " and ")
        + items.get(items.size() - 1);
  }

  /** "4 januari 2027" */
  public String date(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern(dutch ? "d MMMM yyyy" : "d MMMM yyyy", locale));
  }

  /** "maandag 4 januari 2027" */
  public String day(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
  }

  /** "528" or "22,5" */
  String hours(BigDecimal hours) {
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
    return format.format(hours);
  }

  /** "€ 10,95" */
  String money(BigDecimal amount) {
    return "€ " + new DecimalFormat("#,##0.00", symbols()).format(amount);
  }

  private DecimalFormatSymbols symbols() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(dutch ? ',' : '.');
    symbols.setGroupingSeparator(dutch ? '.' : ',');
    return symbols;
  }
}
