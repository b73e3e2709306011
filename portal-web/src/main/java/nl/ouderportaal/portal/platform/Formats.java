package nl.ouderportaal.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and times in pages, in the organisation's time zone and the visitor's language: {@code
 * #{formats.dateTime(x)}} where a Faces converter cannot take an {@link Instant}.
 */
@Named
@ApplicationScoped
public class Formats {

  public String dateTime(Instant moment) {
    return Messages.dateTime(moment);
  }

  public String date(Instant moment) {
    return Messages.date(moment);
  }

  public String longDay(LocalDate day) {
    return day == null ? "" : Messages.longDay(day);
  }
}
