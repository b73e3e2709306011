package nl.ouderportaal.portal.care;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.domain.care.AbsenceReason;
import nl.ouderportaal.domain.care.Absences;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Afwezigheid doorgeven': a child will not come on one day or a few days (from - to, weekdays
 * only), with a reason. No hours are given back; the page says so.
 */
@Named
@ViewScoped
public class ReportAbsence implements Serializable {

  @Inject private Absences absences;
  @Inject private Children children;
  @Inject private ExternalContext external;

  private List<ChildSummary> mine;
  private String child;
  private String from;
  private String to;
  private AbsenceReason reason;
  private String note;

  @PostConstruct
  void load() {
    mine = children.ofMyFamily();
    child = external.getRequestParameterMap().get("child");
    from = external.getRequestParameterMap().get("day");
    if (child == null && mine.size() == 1) {
      child = mine.get(0).id().toString();
    }
  }

  public void report() {
    LocalDate first = parse(from);
    LocalDate last = to == null || to.isBlank() ? first : parse(to);
    if (child == null || child.isBlank()) {
      Messages.error("absence:child", "absence.childRequired");
      return;
    }
    if (first == null || last == null || last.isBefore(first) || last.isAfter(first.plusWeeks(6))) {
      Messages.error("absence:from", "absence.datesInvalid");
      return;
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    try {
      int reported = absences.report(UUID.fromString(child), days, reason, note);
      String name =
          mine.stream()
              .filter(c -> c.id().toString().equals(child))
              .map(ChildSummary::firstName)
              .findFirst()
              .orElse("");
      Messages.info(
          "absence.reported",
          reported,
          name,
          Messages.longDay(days.get(0)),
          Messages.longDay(days.get(days.size() - 1)));
      from = null;
      to = null;
      note = null;
    } catch (BusinessException refused) {
      Messages.error("absence", refused);
    }
  }

  private static LocalDate parse(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  public AbsenceReason[] getReasons() {
    return AbsenceReason.values();
  }

  public List<ChildSummary> getChildren() {
    return mine;
  }

  public String getChild() {
    return child;
  }

  public void setChild(String child) {
    this.child = child;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public AbsenceReason getReason() {
    return reason;
  }

  public void setReason(AbsenceReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
