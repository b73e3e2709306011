package nl.ouderportaal.backoffice.family;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.family.Contracts;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.Placements;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * The children on the family page: each with its contracts and groups, and what the service desk
 * does with a child (correct its name or birth date, move it to another group from a date, end its
 * care); and a new child.
 */
@Named
@ViewScoped
public class FamilyChildren implements Serializable {

  /** A group to choose, with its location in the label. */
  public record GroupChoice(UUID id, String label) implements Serializable {}

  @Inject private FamilyPage familyPage;
  @Inject private Families families;
  @Inject private Contracts contracts;
  @Inject private Placements placements;
  @Inject private Locations locations;
  @Inject private ExternalContext external;

  private List<ChildForm> children;
  private List<GroupChoice> groups;

  private String firstName;
  private String lastName;
  private LocalDate birthDate;

  @PostConstruct
  void load() {
    children = new ArrayList<>();
    for (Families.ChildLine child : familyPage.getFamily().children()) {
      children.add(new ChildForm("child" + children.size(), child));
    }
    groups =
        locations.list().stream()
            .flatMap(
                l ->
                    l.groups().stream()
                        .map(g -> new GroupChoice(g.id(), g.name() + " (" + l.name() + ")")))
            .toList();
  }

  public String correct(ChildForm child) {
    return act(
        child.formId,
        () ->
            families.changeChild(child.line.id(), child.firstName, child.lastName, child.birthDate),
        "child.saved");
  }

  public String move(ChildForm child) {
    return act(
        child.formId,
        () -> placements.move(child.line.id(), child.group, child.from),
        "child.moved");
  }

  public String endCare(ChildForm child) {
    return act(
        child.formId, () -> contracts.endCare(child.line.id(), child.lastDay), "child.careEnded");
  }

  /** Adds a child, and shows the page again with a part for it. */
  public String add() {
    return act(
        "newChild",
        () -> families.addChild(familyPage.getId(), firstName, lastName, birthDate),
        "child.added");
  }

  /** A change after which the family page is built anew, after a redirect. */
  private String act(String formId, Runnable change, String done) {
    try {
      change.run();
      Messages.info(done);
      external.getFlash().setKeepMessages(true);
      return "/family?faces-redirect=true&id=" + familyPage.getId();
    } catch (BusinessException refused) {
      Messages.error(formId, refused);
      return null;
    }
  }

  public String date(LocalDate day) {
    return Messages.date(day);
  }

  /** "ma hele dag, di ochtend" */
  public String days(Families.ContractLine contract) {
    return contract.days().stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                d -> d.weekday(), java.util.TreeMap::new, java.util.stream.Collectors.toList()))
        .entrySet()
        .stream()
        .map(
            e ->
                Messages.text("weekday.short." + e.getKey().name())
                    + " "
                    + parts(e.getValue().stream().map(d -> d.dayPart()).toList()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** "ochtend + middag", or "hele dag" for both KDV day parts. */
  private static String parts(List<nl.ouderportaal.domain.organisation.DayPart> parts) {
    if (parts.contains(nl.ouderportaal.domain.organisation.DayPart.MORNING)
        && parts.contains(nl.ouderportaal.domain.organisation.DayPart.AFTERNOON)) {
      return Messages.text("contract.wholeDay");
    }
    return parts.stream()
        .sorted()
        .map(part -> Messages.text("dayPart." + part.name()))
        .collect(java.util.stream.Collectors.joining(" + "));
  }

  public List<ChildForm> getChildren() {
    return children;
  }

  public List<GroupChoice> getGroups() {
    return groups;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  /** A child with the forms of what can be done with it. */
  public static final class ChildForm implements Serializable {

    private final String formId;
    private final Families.ChildLine line;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private UUID group;
    private LocalDate from;
    private LocalDate lastDay;

    ChildForm(String formId, Families.ChildLine line) {
      this.formId = formId;
      this.line = line;
      this.firstName = line.firstName();
      this.lastName = line.lastName();
      this.birthDate = line.birthDate();
    }

    public String getFormId() {
      return formId;
    }

    public Families.ChildLine getLine() {
      return line;
    }

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String lastName) {
      this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
    }

    public UUID getGroup() {
      return group;
    }

    public void setGroup(UUID group) {
      this.group = group;
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }

    public LocalDate getLastDay() {
      return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
      this.lastDay = lastDay;
    }
  }
}
