package nl.ouderportaal.backoffice.family;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.ContractForm;
import nl.ouderportaal.domain.family.Contracts;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.question.QuestionQueue;

/**
 * The contract form of one child: a new contract, or a change of one of its contracts from a date
 * (the old one ends the day before). Opened from the family page, or from a question about a
 * contract change, which is then answered with what changed.
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

  /** The day parts booked on one weekday. */
  public static final class Weekday implements Serializable {
    private final DayOfWeek day;
    private List<DayPart> parts = new ArrayList<>();

    Weekday(DayOfWeek day) {
      this.day = day;
    }

    public DayOfWeek getDay() {
      return day;
    }

    public List<DayPart> getParts() {
      return parts;
    }

    public void setParts(List<DayPart> parts) {
      this.parts = parts;
    }
  }

  @Inject private Contracts contracts;
  @Inject private QuestionQueue queue;
  @Inject private Locations locations;
  @Inject private ExternalContext external;

  private Contracts.Editing editing;
  private UUID questionId;
  private List<Locations.LocationLine> places;

  /** The contract being changed, or null for a new one. */
  private UUID contractId;

  /** The contract chosen in the form: its id, or {@link #NEW}. */
  private String which;

  static final String NEW = "new";

  private UUID locationId;
  private UUID groupId;
  private LocalDate start;
  private LocalDate end;
  private BigDecimal hoursPerYear;
  private BigDecimal hourlyRate;
  private BigDecimal flexDaycareHours;
  private BigDecimal flexOutOfSchoolHours;
  private BigDecimal holidayHours;
  private List<Weekday> week = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<String, String> parameters = external.getRequestParameterMap();
    UUID childId = id(parameters.get("child"));
    questionId = parameters.get("question") == null ? null : id(parameters.get("question"));
    editing = contracts.editing(childId);
    places = locations.list();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      week.add(new Weekday(day));
    }
    String chosen = parameters.get("contract");
    Families.ContractLine contract =
        chosen != null
            ? editing.contracts().stream()
                .filter(c -> c.id().toString().equals(chosen))
                .findFirst()
                .orElseThrow(NotFoundException::new)
            : latestRunning();
    choose(contract);
  }

  /** The contract that runs today or starts last: the one a change is most likely about. */
  private Families.ContractLine latestRunning() {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    return editing.contracts().stream()
        .filter(c -> c.end() == null || !c.end().isBefore(today))
        .reduce((a, b) -> b)
        .orElse(null);
  }

  /** Fills the form from a contract (a change from the first of next month), or empty. */
  private void choose(Families.ContractLine contract) {
    contractId = contract == null ? null : contract.id();
    which = contract == null ? NEW : contract.id().toString();
    week.forEach(w -> w.parts = new ArrayList<>());
    if (contract == null) {
      locationId = places.isEmpty() ? null : places.get(0).id();
      groupId = null;
      start = LocalDate.now(Clocks.ZONE).plusMonths(1).withDayOfMonth(1);
      end = null;
      hoursPerYear = null;
      hourlyRate = null;
      flexDaycareHours = BigDecimal.ZERO;
      flexOutOfSchoolHours = BigDecimal.ZERO;
      holidayHours = BigDecimal.ZERO;
      return;
    }
    locationId = contract.locationId();
    groupId = editing.groupOfContract().get(contract.id());
    LocalDate firstOfNextMonth = LocalDate.now(Clocks.ZONE).plusMonths(1).withDayOfMonth(1);
    start = contract.start().isAfter(firstOfNextMonth) ? contract.start() : firstOfNextMonth;
    end = contract.end();
    hoursPerYear = contract.hoursPerYear();
    hourlyRate = contract.hourlyRate();
    flexDaycareHours = contract.flex().daycare();
    flexOutOfSchoolHours = contract.flex().outOfSchool();
    holidayHours = contract.flex().holiday();
    for (ContractDay day : contract.days()) {
      week.get(day.weekday().getValue() - 1).parts.add(day.dayPart());
    }
  }

  /** Another contract to change, or a new one: the form starts from it. */
  public void whichChanged() {
    choose(
        editing.contracts().stream()
            .filter(c -> c.id().toString().equals(which))
            .findFirst()
            .orElse(null));
  }

  /** A contract in the choice, e.g. "KDV, De Boomhut, vanaf 1 januari 2027". */
  public String label(Families.ContractLine contract) {
    return Messages.text(
        contract.end() == null ? "contract.choice.open" : "contract.choice",
        Messages.text("careType." + contract.careType().name()),
        contract.location(),
        Messages.date(contract.start()),
        Messages.date(contract.end()));
  }

  public String getWhich() {
    return which;
  }

  public void setWhich(String which) {
    this.which = which;
  }

  /**
   * Another location: its day parts and groups; the days chosen that it has no more are dropped.
   */
  public void locationChanged() {
    CareType careType = careType();
    week.forEach(w -> w.parts.removeIf(part -> part.careType() != careType));
    groupId = null;
  }

  public String save() {
    Set<ContractDay> days = new HashSet<>();
    for (Weekday weekday : week) {
      weekday.parts.forEach(part -> days.add(new ContractDay(weekday.day, part)));
    }
    ContractForm form =
        new ContractForm(
            locationId,
            days,
            hoursPerYear,
            hourlyRate,
            flexDaycareHours,
            flexOutOfSchoolHours,
            holidayHours,
            start,
            end,
            groupId);
    try {
      if (questionId != null) {
        queue.changeContract(questionId, contractId, start, form);
        Messages.info("contract.questionAnswered");
        external.getFlash().setKeepMessages(true);
        return "/question?faces-redirect=true&id=" + questionId;
      }
      if (contractId == null) {
        contracts.add(editing.childId(), form);
        Messages.info("contract.added", editing.childName());
      } else {
        contracts.change(contractId, start, form);
        Messages.info("contract.changed", editing.childName(), Messages.date(start));
      }
      external.getFlash().setKeepMessages(true);
      return "/family?faces-redirect=true&id=" + editing.familyId();
    } catch (BusinessException refused) {
      Messages.error("contract", refused);
      return null;
    }
  }

  /** The care type of the chosen location. */
  public CareType careType() {
    return places.stream()
        .filter(l -> l.id().equals(locationId))
        .map(Locations.LocationLine::careType)
        .findFirst()
        .orElse(CareType.DAYCARE);
  }

  public List<DayPart> getDayParts() {
    return DayPart.of(careType());
  }

  /** The groups at the chosen location. */
  public List<Locations.GroupLine> getGroups() {
    return places.stream()
        .filter(l -> l.id().equals(locationId))
        .flatMap(l -> l.groups().stream())
        .toList();
  }

  public boolean isDaycare() {
    return careType() == CareType.DAYCARE;
  }

  public String date(LocalDate day) {
    return Messages.date(day);
  }

  private static UUID id(String given) {
    try {
      return UUID.fromString(given == null ? "" : given);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
  }

  public Contracts.Editing getEditing() {
    return editing;
  }

  public UUID getQuestionId() {
    return questionId;
  }

  public boolean isChanging() {
    return contractId != null;
  }

  public Families.ContractLine getChanged() {
    return editing.contracts().stream()
        .filter(c -> c.id().equals(contractId))
        .findFirst()
        .orElse(null);
  }

  public List<Locations.LocationLine> getPlaces() {
    return places;
  }

  public List<Weekday> getWeek() {
    return week;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }

  public UUID getGroupId() {
    return groupId;
  }

  public void setGroupId(UUID groupId) {
    this.groupId = groupId;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }

  public BigDecimal getHoursPerYear() {
    return hoursPerYear;
  }

  public void setHoursPerYear(BigDecimal hoursPerYear) {
    this.hoursPerYear = hoursPerYear;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(BigDecimal hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public BigDecimal getFlexDaycareHours() {
    return flexDaycareHours;
  }

  public void setFlexDaycareHours(BigDecimal flexDaycareHours) {
    this.flexDaycareHours = flexDaycareHours;
  }

  public BigDecimal getFlexOutOfSchoolHours() {
    return flexOutOfSchoolHours;
  }

  public void setFlexOutOfSchoolHours(BigDecimal flexOutOfSchoolHours) {
    this.flexOutOfSchoolHours = flexOutOfSchoolHours;
  }

  public BigDecimal getHolidayHours() {
    return holidayHours;
  }

  public void setHolidayHours(BigDecimal holidayHours) {
    this.holidayHours = holidayHours;
  }
}
