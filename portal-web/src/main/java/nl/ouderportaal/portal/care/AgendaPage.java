package nl.ouderportaal.portal.care;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ouderportaal.domain.care.Agenda;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.portal.platform.Messages;

/**
 * The Agenda: a month (or a week) of each child's care, requests, absences and the holidays and
 * closing days, and the details of the chosen day. Navigation is by links, so the back button and
 * bookmarks work.
 */
@Named
@RequestScoped
public class AgendaPage {

  @Inject private Agenda agenda;
  @Inject private ExternalContext external;

  private LocalDate today;
  private YearMonth month;
  private LocalDate selected;
  private boolean week;
  private Agenda.Period period;

  @PostConstruct
  void load() {
    today = LocalDate.now(Clocks.ZONE);
    var params = external.getRequestParameterMap();
    selected = parseDay(params.get("day"));
    month = parseMonth(params.get("month"));
    if (month == null) {
      month = YearMonth.from(selected == null ? today : selected);
    }
    if (selected == null || !YearMonth.from(selected).equals(month)) {
      selected = YearMonth.from(today).equals(month) ? today : month.atDay(1);
    }
    week = "week".equals(params.get("view"));
    if (week) {
      LocalDate monday = selected.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      period = agenda.between(monday, monday.plusDays(4));
    } else {
      period = agenda.month(month);
    }
  }

  /** The weeks of the month as rows of Monday to Friday; days of other months are null. */
  public List<List<LocalDate>> getWeeks() {
    List<List<LocalDate>> weeks = new ArrayList<>();
    LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!monday.isAfter(month.atEndOfMonth())) {
      List<LocalDate> row = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        LocalDate day = monday.plusDays(i);
        row.add(YearMonth.from(day).equals(month) ? day : null);
      }
      if (row.stream().anyMatch(d -> d != null)) {
        weeks.add(row);
      }
      monday = monday.plusWeeks(1);
    }
    return weeks;
  }

  /** The days of the week view (Monday to Friday of the chosen day's week). */
  public List<LocalDate> getWeekDays() {
    LocalDate monday = selected.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return List.of(
        monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4));
  }

  public List<Agenda.Entry> entries(LocalDate day) {
    return day == null ? List.of() : period.on(day);
  }

  public List<Agenda.Mark> marks(LocalDate day) {
    return day == null ? List.of() : period.marksOn(day);
  }

  /** The CSS classes of a day in the month grid: what kinds of things are on it. */
  public String dayClasses(LocalDate day) {
    if (day == null) {
      return "day empty";
    }
    StringBuilder classes = new StringBuilder("day");
    if (day.equals(today)) {
      classes.append(" today");
    }
    if (day.equals(selected)) {
      classes.append(" selected");
    }
    marks(day)
        .forEach(m -> classes.append(" mark-").append(m.kind().name().toLowerCase(Locale.ROOT)));
    return classes.toString();
  }

  public boolean has(LocalDate day, String kind) {
    return entries(day).stream()
        .anyMatch(
            e ->
                switch (kind) {
                  case "contract" -> e.kind() == Agenda.Kind.CONTRACT;
                  case "approved" ->
                      e.kind() == Agenda.Kind.REQUEST && e.status().name().equals("APPROVED");
                  case "pending" ->
                      e.kind() == Agenda.Kind.REQUEST && e.status().name().equals("SUBMITTED");
                  case "absence" -> e.kind() == Agenda.Kind.ABSENCE;
                  default -> false;
                });
  }

  public String iso(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  public String getMonthParam() {
    return month.toString();
  }

  public String getPreviousMonth() {
    return month.minusMonths(1).toString();
  }

  public String getNextMonth() {
    return month.plusMonths(1).toString();
  }

  public String getPreviousWeekDay() {
    return selected.minusWeeks(1).toString();
  }

  public String getNextWeekDay() {
    return selected.plusWeeks(1).toString();
  }

  public String getMonthTitle() {
    return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale()));
  }

  public LocalDate getSelected() {
    return selected;
  }

  public boolean isWeek() {
    return week;
  }

  private static LocalDate parseDay(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  private static YearMonth parseMonth(String value) {
    try {
      return value == null ? null : YearMonth.parse(value);
    } catch (DateTimeParseException notAMonth) {
      return null;
    }
  }
}
