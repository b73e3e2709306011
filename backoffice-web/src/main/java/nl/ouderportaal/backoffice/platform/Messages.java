package nl.ouderportaal.backoffice.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.ouderportaal.domain.family.GroupLoad;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;

/** Messages for the user, in their language, from the portal's resource bundle. */
public final class Messages {

  private static final String BUNDLE = "nl.ouderportaal.backoffice.i18n.messages";

  private Messages() {}

  /** A day written out in the user's language, e.g. "14 januari 2027". */
  public static String date(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /**
   * A day with its weekday, written out in the user's language, e.g. "woensdag 14 januari 2027".
   */
  public static String day(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
  }

  /** A time of day, e.g. "07:30". */
  public static String time(LocalTime time) {
    return time == null ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** A stretch of a day, e.g. "07:30–13:00". */
  public static String times(LocalTime start, LocalTime end) {
    return time(start) + "–" + time(end);
  }

  /** A moment as a day in the organisation's zone, written out in the user's language. */
  public static String date(Instant moment) {
    return moment == null ? "" : date(moment.atZone(Clocks.ZONE).toLocalDate());
  }

  /** A moment as day and time in the organisation's zone, e.g. "28-11-2026 14:05". */
  public static String dateTime(Instant moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(Clocks.ZONE).format(moment);
  }

  /** The texts of the back-office in the user's language. */
  public static ResourceBundle bundle() {
    return ResourceBundle.getBundle(
        BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public static String text(String key, Object... arguments) {
    ResourceBundle bundle = bundle();
    String pattern = bundle.getString(key);
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] words = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      words[i] = words(arguments[i]);
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(words);
  }

  /**
   * An argument of a refusal in the user's words: a day written out, a day part by its name, the
   * day parts a group would overflow one by one; numbers and texts as they are.
   */
  private static Object words(Object argument) {
    if (argument instanceof LocalDate day) {
      return date(day);
    }
    if (argument instanceof DayPart part) {
      return text("dayPart." + part.name());
    }
    if (argument instanceof GroupLoad.Overflow overflow) {
      return text(
          "overflow.item",
          day(overflow.day()),
          text("dayPart." + overflow.part().name()),
          overflow.children(),
          overflow.capacity());
    }
    if (argument instanceof List<?> list) {
      return list.stream()
          .map(Messages::words)
          .map(String::valueOf)
          .collect(Collectors.joining("; "));
    }
    return argument;
  }

  /**
   * An action of the audit log in words ({@code audit.<ACTION>} in the bundle), so that nobody
   * reads a code such as INVITED; a test keeps a text for every action the domain writes.
   */
  public static String action(String action) {
    ResourceBundle bundle = bundle();
    String key = "audit." + action;
    return bundle.containsKey(key) ? bundle.getString(key) : action;
  }

  /** An error for one field (its client id), or for the page when {@code clientId} is null. */
  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /**
   * The message of a refused use case: next to its field when it names one (a field of the form
   * {@code formId}), otherwise for the whole page.
   */
  public static void error(String formId, BusinessException refused) {
    String clientId =
        refused.field() == null
            ? null
            : formId == null ? refused.field() : formId + ":" + refused.field();
    error(clientId, refused.messageKey(), refused.arguments().toArray());
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
