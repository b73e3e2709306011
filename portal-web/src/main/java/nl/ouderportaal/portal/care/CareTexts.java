package nl.ouderportaal.portal.care;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.portal.platform.Messages;

/** How the agenda pages write days, times and day parts: {@code #{careText.day(...)}}. */
@Named("careText")
@ApplicationScoped
public class CareTexts {

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  public String day(LocalDate day) {
    return Messages.shortDay(day);
  }

  public String longDay(LocalDate day) {
    return Messages.longDay(day);
  }

  /** "ochtend 07:30–13:00", or only the times when there is no day part. */
  public String what(DayPart dayPart, LocalTime start, LocalTime end) {
    String times = start == null ? "" : start.format(HHMM) + "–" + end.format(HHMM);
    return dayPart == null ? times : Messages.text("dayPart." + dayPart) + " " + times;
  }

  public String deadline(ZonedDateTime deadline) {
    return deadline == null ? "" : deadline.format(DEADLINE);
  }
}
