package nl.ouderportaal.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;

/** Messages for the user, in their language, from the portal's resource bundle. */
public final class Messages {

  private static final String BUNDLE = "nl.ouderportaal.portal.i18n.messages";

  private Messages() {}

  /** A day written out in the user's language, e.g. "14 januari 2027". */
  public static String date(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /** The language of the page. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A day short, with its weekday, e.g. "wo 2 dec." / "Wed 2 Dec". */
  public static String shortDay(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofPattern("EEE d MMM", locale));
  }

  /** A day with its weekday written out, e.g. "woensdag 2 december 2026". */
  public static String longDay(LocalDate day) {
    if (day == null) {
      return "";
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
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

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
    String pattern = bundle.getString(key);
    // a text without a placeholder is shown as it is (MessageFormat would eat its apostrophes)
    return arguments.length == 0 || pattern.indexOf('{') < 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
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
   * {@code formId}), otherwise for the whole page. A day it names is written out with its weekday.
   */
  public static void error(String formId, BusinessException refused) {
    String clientId =
        refused.field() == null
            ? null
            : formId == null ? refused.field() : formId + ":" + refused.field();
    Object[] arguments =
        refused.arguments().stream()
            .map(argument -> argument instanceof LocalDate day ? longDay(day) : argument)
            .toArray();
    error(clientId, refused.messageKey(), arguments);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
