package nl.ouderportaal.backoffice.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Locations;

/** 'Locaties en groepen': the organisation's locations, each with its groups. */
@Named
@ViewScoped
public class LocationsPage implements Serializable {

  @Inject private Locations locations;

  private List<Locations.LocationLine> all;

  @PostConstruct
  void load() {
    all = locations.list();
  }

  public List<Locations.LocationLine> getLocations() {
    return all;
  }

  /** "ma di wo do vr" */
  public String openingDays(Locations.LocationLine location) {
    return location.openingDays().stream()
        .sorted()
        .map(DayOfWeek::name)
        .map(day -> Messages.text("weekday.short." + day))
        .collect(Collectors.joining(" "));
  }

  /** "ochtend 12 · middag 12" */
  public String capacities(Locations.GroupLine group) {
    return group.capacities().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Messages.text("dayPart." + e.getKey().name()) + " " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  public String times(Locations.LocationLine location) {
    return Messages.times(location.opensAt(), location.closesAt());
  }

  public DayPart[] getDayParts() {
    return DayPart.values();
  }
}
