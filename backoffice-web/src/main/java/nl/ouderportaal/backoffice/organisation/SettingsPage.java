package nl.ouderportaal.backoffice.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.DayPartTimes;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;

/**
 * 'Instellingen': what the service desk sets for the whole organisation and per location. Every
 * part has its own form and its own button; after a change the page shows what is stored now.
 */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

  @Inject private Settings settings;

  private int year;
  private List<CarePolicyForm> carePolicies;
  private Integer invitationLeadMonths;
  private Integer accessAfterCareWeeks;
  private Integer diaryAgeMonths;
  private List<LocationForm> locations;

  @PostConstruct
  void load() {
    year = LocalDate.now(Clocks.ZONE).getYear();
    Settings.Policies policies = settings.policies();
    carePolicies =
        policies.care().entrySet().stream()
            .map(e -> new CarePolicyForm(e.getKey(), e.getValue()))
            .toList();
    invitationLeadMonths = policies.invitationLeadMonths();
    accessAfterCareWeeks = policies.accessAfterCareWeeks();
    diaryAgeMonths = policies.diaryAgeMonths();
    locations = settings.locations(year).stream().map(LocationForm::new).toList();
  }

  public void changeCarePolicy(CarePolicyForm form) {
    act(
        () ->
            settings.changeCarePolicy(
                form.careType,
                new Settings.CarePolicyView(
                    form.minDaysAhead, form.maxDaysAhead, form.cancelDaysBefore, form.cancelUntil)),
        "settings.saved");
  }

  public void changeAccountPolicies() {
    act(
        () -> settings.changeAccountPolicies(invitationLeadMonths, accessAfterCareWeeks),
        "settings.saved");
  }

  public void changeDiaryAge() {
    act("diary", () -> settings.changeDiaryAge(diaryAgeMonths), "settings.saved");
  }

  public void changeOpeningHours(LocationForm location) {
    act(
        () ->
            settings.changeOpeningHours(
                location.settings.id(), location.opensAt, location.closesAt),
        "settings.saved");
  }

  public void changeDayPart(LocationForm location, DayPartForm part) {
    act(
        () -> settings.changeDayPart(location.settings.id(), part.dayPart, part.start, part.end),
        "settings.saved");
  }

  public void addCalendarDay(LocationForm location) {
    act(
        () ->
            settings.addCalendarDay(
                location.settings.id(),
                location.newKind,
                location.newFirstDay,
                location.newLastDay,
                location.newName),
        "settings.calendar.added");
  }

  public void removeCalendarDay(Settings.CalendarEntry entry) {
    act(() -> settings.removeCalendarDay(entry.id()), "settings.calendar.removed");
  }

  /**
   * One change, then the page shows what is stored now. The settings' refusals are about the whole
   * form, so their message shows above the form's button.
   */
  private void act(Runnable change, String done) {
    act(null, change, done);
  }

  /** One change of the form {@code formId}, whose refusal may name one of its fields. */
  private void act(String formId, Runnable change, String done) {
    try {
      change.run();
      load();
      Messages.info(done);
    } catch (BusinessException refused) {
      Messages.error(formId, refused);
    }
  }

  public String date(LocalDate day) {
    return Messages.date(day);
  }

  public int getYear() {
    return year;
  }

  public List<CarePolicyForm> getCarePolicies() {
    return carePolicies;
  }

  public Integer getInvitationLeadMonths() {
    return invitationLeadMonths;
  }

  public void setInvitationLeadMonths(Integer invitationLeadMonths) {
    this.invitationLeadMonths = invitationLeadMonths;
  }

  public Integer getAccessAfterCareWeeks() {
    return accessAfterCareWeeks;
  }

  public void setAccessAfterCareWeeks(Integer accessAfterCareWeeks) {
    this.accessAfterCareWeeks = accessAfterCareWeeks;
  }

  public Integer getDiaryAgeMonths() {
    return diaryAgeMonths;
  }

  public void setDiaryAgeMonths(Integer diaryAgeMonths) {
    this.diaryAgeMonths = diaryAgeMonths;
  }

  public List<LocationForm> getLocations() {
    return locations;
  }

  public CalendarKind[] getCalendarKinds() {
    return CalendarKind.values();
  }

  /** The request window and cancel deadline of a care type, as the form edits them. */
  public static final class CarePolicyForm implements Serializable {

    private final CareType careType;
    private Integer minDaysAhead;
    private Integer maxDaysAhead;
    private Integer cancelDaysBefore;
    private LocalTime cancelUntil;

    CarePolicyForm(CareType careType, Settings.CarePolicyView policy) {
      this.careType = careType;
      this.minDaysAhead = policy.minDaysAhead();
      this.maxDaysAhead = policy.maxDaysAhead();
      this.cancelDaysBefore = policy.cancelDaysBefore();
      this.cancelUntil = policy.cancelUntil();
    }

    public CareType getCareType() {
      return careType;
    }

    public Integer getMinDaysAhead() {
      return minDaysAhead;
    }

    public void setMinDaysAhead(Integer minDaysAhead) {
      this.minDaysAhead = minDaysAhead;
    }

    public Integer getMaxDaysAhead() {
      return maxDaysAhead;
    }

    public void setMaxDaysAhead(Integer maxDaysAhead) {
      this.maxDaysAhead = maxDaysAhead;
    }

    public Integer getCancelDaysBefore() {
      return cancelDaysBefore;
    }

    public void setCancelDaysBefore(Integer cancelDaysBefore) {
      this.cancelDaysBefore = cancelDaysBefore;
    }

    public LocalTime getCancelUntil() {
      return cancelUntil;
    }

    public void setCancelUntil(LocalTime cancelUntil) {
      this.cancelUntil = cancelUntil;
    }
  }

  /** A location's times and calendar, and the calendar entry being added. */
  public static final class LocationForm implements Serializable {

    private final Settings.LocationSettings settings;
    private final List<DayPartForm> dayParts;
    private LocalTime opensAt;
    private LocalTime closesAt;
    private CalendarKind newKind;
    private LocalDate newFirstDay;
    private LocalDate newLastDay;
    private String newName;

    LocationForm(Settings.LocationSettings settings) {
      this.settings = settings;
      this.opensAt = settings.opensAt();
      this.closesAt = settings.closesAt();
      this.dayParts =
          settings.dayParts().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> new DayPartForm(e.getKey(), e.getValue()))
              .toList();
    }

    public Settings.LocationSettings getSettings() {
      return settings;
    }

    public UUID getId() {
      return settings.id();
    }

    public List<DayPartForm> getDayParts() {
      return dayParts;
    }

    public LocalTime getOpensAt() {
      return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
      this.opensAt = opensAt;
    }

    public LocalTime getClosesAt() {
      return closesAt;
    }

    public void setClosesAt(LocalTime closesAt) {
      this.closesAt = closesAt;
    }

    public CalendarKind getNewKind() {
      return newKind;
    }

    public void setNewKind(CalendarKind newKind) {
      this.newKind = newKind;
    }

    public LocalDate getNewFirstDay() {
      return newFirstDay;
    }

    public void setNewFirstDay(LocalDate newFirstDay) {
      this.newFirstDay = newFirstDay;
    }

    public LocalDate getNewLastDay() {
      return newLastDay;
    }

    public void setNewLastDay(LocalDate newLastDay) {
      this.newLastDay = newLastDay;
    }

    public String getNewName() {
      return newName;
    }

    public void setNewName(String newName) {
      this.newName = newName;
    }
  }

  /** The times of one day part at a location. */
  public static final class DayPartForm implements Serializable {

    private final DayPart dayPart;
    private LocalTime start;
    private LocalTime end;

    DayPartForm(DayPart dayPart, DayPartTimes.Span span) {
      this.dayPart = dayPart;
      this.start = span.start();
      this.end = span.end();
    }

    public DayPart getDayPart() {
      return dayPart;
    }

    public LocalTime getStart() {
      return start;
    }

    public void setStart(LocalTime start) {
      this.start = start;
    }

    public LocalTime getEnd() {
      return end;
    }

    public void setEnd(LocalTime end) {
      this.end = end;
    }
  }
}
