package nl.ouderportaal.backoffice.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.GroupCaps;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * One location: its details (a new one without an id), and its groups, each with its age range and
 * capacity per day part, and a new group.
 */
@Named
@ViewScoped
public class LocationPage implements Serializable {

  @Inject private Locations locations;
  @Inject private ExternalContext external;

  private UUID id;
  private Locations.LocationLine location;

  private String name;
  private String street;
  private String postalCode;
  private String city;
  private String lrkNumber;
  private CareType careType;
  private LocalTime opensAt = LocalTime.of(7, 30);
  private LocalTime closesAt = LocalTime.of(18, 30);
  private List<DayOfWeek> openingDays =
      new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  private List<GroupForm> groups = List.of();
  private GroupForm newGroup;

  @PostConstruct
  void load() {
    String given = external.getRequestParameterMap().get("id");
    if (given != null && !given.isBlank()) {
      try {
        id = UUID.fromString(given);
      } catch (IllegalArgumentException notAnId) {
        throw new NotFoundException();
      }
      reload();
      name = location.name();
      street = location.street();
      postalCode = location.postalCode();
      city = location.city();
      lrkNumber = location.lrkNumber();
      careType = location.careType();
      opensAt = location.opensAt();
      closesAt = location.closesAt();
      openingDays = location.openingDays().stream().sorted().toList();
    }
  }

  private void reload() {
    location = locations.location(id);
    List<GroupForm> forms = new ArrayList<>();
    for (Locations.GroupLine line : location.groups()) {
      forms.add(new GroupForm(line, forms.size()));
    }
    groups = forms;
    newGroup = new GroupForm(location.careType());
  }

  /** Saves the details: a new location goes on to its own page, to add its groups. */
  public String save() {
    Locations.LocationForm form =
        new Locations.LocationForm(
            name,
            street,
            postalCode,
            city,
            lrkNumber,
            careType,
            opensAt,
            closesAt,
            openingDays == null ? null : Set.copyOf(openingDays));
    try {
      if (id == null) {
        UUID created = locations.create(form);
        Messages.info("location.created");
        external.getFlash().setKeepMessages(true);
        return "/location?faces-redirect=true&id=" + created;
      }
      locations.change(id, form);
      reload();
      Messages.info("location.saved");
    } catch (BusinessException refused) {
      Messages.error("location", refused);
    }
    return null;
  }

  public String remove() {
    try {
      locations.remove(id);
      Messages.info("location.removed");
      external.getFlash().setKeepMessages(true);
      return "/locations?faces-redirect=true";
    } catch (BusinessException refused) {
      Messages.error(null, refused);
      return null;
    }
  }

  public void saveGroup(GroupForm group) {
    act(
        "group" + group.index,
        () -> locations.changeGroup(group.id, group.toForm()),
        "group.saved");
  }

  /** Removes a group, and shows the page again with one form fewer. */
  public String removeGroup(GroupForm group) {
    return again(null, () -> locations.removeGroup(group.id), "group.removed");
  }

  /** Adds the group, and shows the page again with a form for it. */
  public String addGroup() {
    return again("newGroup", () -> locations.addGroup(id, newGroup.toForm()), "group.created");
  }

  /** A change after which the page is built anew (its forms per group change), after a redirect. */
  private String again(String formId, Runnable change, String done) {
    try {
      change.run();
      Messages.info(done);
      external.getFlash().setKeepMessages(true);
      return "/location?faces-redirect=true&id=" + id;
    } catch (BusinessException refused) {
      Messages.error(formId, refused);
      return null;
    }
  }

  private void act(String formId, Runnable change, String done) {
    try {
      change.run();
      reload();
      Messages.info(done);
    } catch (BusinessException refused) {
      Messages.error(formId, refused);
    }
  }

  public boolean isCreating() {
    return id == null;
  }

  public Locations.LocationLine getLocation() {
    return location;
  }

  public CareType[] getCareTypes() {
    return CareType.values();
  }

  public List<DayOfWeek> getWeekdays() {
    return List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  public List<GroupForm> getGroups() {
    return groups;
  }

  public GroupForm getNewGroup() {
    return newGroup;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getLrkNumber() {
    return lrkNumber;
  }

  public void setLrkNumber(String lrkNumber) {
    this.lrkNumber = lrkNumber;
  }

  public CareType getCareType() {
    return careType;
  }

  public void setCareType(CareType careType) {
    this.careType = careType;
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

  public List<DayOfWeek> getOpeningDays() {
    return openingDays;
  }

  public void setOpeningDays(List<DayOfWeek> openingDays) {
    this.openingDays = openingDays;
  }

  /** A group as its form edits it; a new one takes 12 children in every day part. */
  public static final class GroupForm implements Serializable {

    private final UUID id;
    private final int index;
    private final CareType careType;
    private String name;
    private Integer minAgeMonths;
    private Integer maxAgeMonths;
    private final List<Capacity> capacities = new ArrayList<>();

    GroupForm(Locations.GroupLine line, int index) {
      this.id = line.id();
      this.index = index;
      this.careType = null;
      this.name = line.name();
      this.minAgeMonths = line.minAgeMonths();
      this.maxAgeMonths = line.maxAgeMonths();
      line.capacities().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> capacities.add(new Capacity(e.getKey(), e.getValue())));
    }

    GroupForm(CareType careType) {
      this.id = null;
      this.index = -1;
      this.careType = careType;
      boolean daycare = careType == CareType.DAYCARE;
      this.minAgeMonths = daycare ? 0 : GroupCaps.DAYCARE_UNTIL_MONTHS;
      this.maxAgeMonths = daycare ? 24 : 84;
      for (DayPart part : DayPart.of(careType)) {
        capacities.add(new Capacity(part, daycare ? 12 : 20));
      }
    }

    Locations.GroupForm toForm() {
      Map<DayPart, Integer> map = new EnumMap<>(DayPart.class);
      capacities.forEach(c -> map.put(c.part, c.value));
      return new Locations.GroupForm(name, minAgeMonths, maxAgeMonths, map);
    }

    public UUID getId() {
      return id;
    }

    public int getIndex() {
      return index;
    }

    public CareType getCareType() {
      return careType;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getMinAgeMonths() {
      return minAgeMonths;
    }

    public void setMinAgeMonths(Integer minAgeMonths) {
      this.minAgeMonths = minAgeMonths;
    }

    public Integer getMaxAgeMonths() {
      return maxAgeMonths;
    }

    public void setMaxAgeMonths(Integer maxAgeMonths) {
      this.maxAgeMonths = maxAgeMonths;
    }

    public List<Capacity> getCapacities() {
      return capacities;
    }
  }

  /** The capacity of one day part. */
  public static final class Capacity implements Serializable {

    private final DayPart part;
    private Integer value;

    Capacity(DayPart part, Integer value) {
      this.part = part;
      this.value = value;
    }

    public DayPart getPart() {
      return part;
    }

    public Integer getValue() {
      return value;
    }

    public void setValue(Integer value) {
      this.value = value;
    }
  }
}
