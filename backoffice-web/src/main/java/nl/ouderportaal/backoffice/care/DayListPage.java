package nl.ouderportaal.backoffice.care;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.care.DayList;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * A group worker's day list: per group and day part who is expected, who comes extra, who is
 * absent, and how full the group is. Today unless they choose another day.
 */
@Named
@ViewScoped
public class DayListPage implements Serializable {

  @Inject private DayList dayList;

  private LocalDate day;
  private List<DayList.Part> parts;

  @PostConstruct
  void init() {
    today();
  }

  /** Shows the chosen day (today when the field was emptied). */
  public void show() {
    if (day == null) {
      day = LocalDate.now(Clocks.ZONE);
    }
    parts = dayList.of(day);
  }

  public void today() {
    day = LocalDate.now(Clocks.ZONE);
    show();
  }

  public void previous() {
    day = day.minusDays(1);
    show();
  }

  public void next() {
    day = day.plusDays(1);
    show();
  }

  public String times(DayList.Part part) {
    return Messages.times(part.span().start(), part.span().end());
  }

  public String getDayText() {
    return Messages.day(day);
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<DayList.Part> getParts() {
    return parts;
  }
}
