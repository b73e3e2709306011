package nl.ouderportaal.backoffice.care;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.care.OccupancyForecast;
import nl.ouderportaal.domain.organisation.DayPart;

/**
 * The occupancy on the dashboard: for the coming weeks, per group and day part, the busiest day's
 * children against the places and the group workers the ratio asks for, as a table (exported to a
 * spreadsheet) and, for one group at a time, as a chart.
 */
@Named
@ViewScoped
public class OccupancyPage implements Serializable {

  /** One day part of one group, with a cell per week: a row of the table. */
  public record Row(
      UUID groupId, String group, String location, DayPart part, List<OccupancyForecast.Cell> weeks)
      implements Serializable {}

  private static final String[] COLOURS = {"#1d4ed8", "#0f766e", "#9333ea"};

  @Inject private OccupancyForecast forecast;

  private List<OccupancyForecast.GroupWeeks> groups;
  private List<LocalDate> mondays;
  private List<Row> rows;
  private UUID selected;

  @PostConstruct
  void load() {
    groups = forecast.coming();
    mondays =
        groups.isEmpty()
            ? List.of()
            : groups.get(0).weeks().stream().map(OccupancyForecast.Week::monday).toList();
    rows = new ArrayList<>();
    for (OccupancyForecast.GroupWeeks group : groups) {
      for (DayPart part : DayPart.of(group.careType())) {
        rows.add(
            new Row(
                group.groupId(),
                group.group(),
                group.location(),
                part,
                group.weeks().stream().map(w -> w.parts().get(part)).toList()));
      }
    }
    // the chart starts with the group that is fullest in the coming weeks
    selected =
        rows.stream()
            .max(
                java.util.Comparator.comparingInt(
                    r ->
                        r.weeks().stream()
                            .mapToInt(OccupancyForecast.Cell::percent)
                            .max()
                            .orElse(0)))
            .map(Row::groupId)
            .orElse(null);
  }

  /** "week 50" */
  public String week(LocalDate monday) {
    return Messages.text("occupancy.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "10 / 12" */
  public String cell(OccupancyForecast.Cell cell) {
    return cell.children() + " / " + cell.capacity();
  }

  /**
   * The chart of the chosen group (Chart.js, as PrimeFaces draws it): per week a bar for each day
   * part with the children of its busiest day, a line for the places and one for the group workers.
   */
  public String getChart() {
    OccupancyForecast.GroupWeeks group =
        groups.stream().filter(g -> g.groupId().equals(selected)).findFirst().orElse(null);
    if (group == null) {
      return "{}";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    mondays.forEach(m -> labels.add(week(m)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<DayPart> parts = DayPart.of(group.careType());
    for (int i = 0; i < parts.size(); i++) {
      DayPart part = parts.get(i);
      JsonArrayBuilder values = Json.createArrayBuilder();
      group.weeks().forEach(w -> values.add(w.parts().get(part).children()));
      datasets.add(
          Json.createObjectBuilder()
              .add("type", "bar")
              .add("label", Messages.text("dayPart." + part.name()))
              .add("data", values)
              .add("backgroundColor", COLOURS[i % COLOURS.length]));
    }
    JsonArrayBuilder places = Json.createArrayBuilder();
    group
        .weeks()
        .forEach(
            w ->
                places.add(
                    w.parts().values().stream()
                        .mapToInt(OccupancyForecast.Cell::capacity)
                        .max()
                        .orElse(0)));
    datasets.add(line(Messages.text("occupancy.places"), places, "#b42318"));
    JsonArrayBuilder staff = Json.createArrayBuilder();
    group
        .weeks()
        .forEach(
            w ->
                staff.add(
                    w.parts().values().stream()
                        .mapToInt(OccupancyForecast.Cell::staff)
                        .max()
                        .orElse(0)));
    datasets.add(line(Messages.text("occupancy.staff"), staff, "#1f2933"));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("label", label)
        .add("data", values)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("fill", false);
  }

  public List<LocalDate> getMondays() {
    return mondays;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<OccupancyForecast.GroupWeeks> getGroups() {
    return groups;
  }

  public UUID getSelected() {
    return selected;
  }

  public void setSelected(UUID selected) {
    this.selected = selected;
  }

  public int index(LocalDate monday) {
    return mondays.indexOf(monday);
  }

  /** The cells of a row, by week, for the table's columns. */
  public Map<LocalDate, OccupancyForecast.Cell> byWeek(Row row) {
    Map<LocalDate, OccupancyForecast.Cell> cells = new java.util.LinkedHashMap<>();
    for (int i = 0; i < mondays.size(); i++) {
      cells.put(mondays.get(i), row.weeks().get(i));
    }
    return cells;
  }
}
