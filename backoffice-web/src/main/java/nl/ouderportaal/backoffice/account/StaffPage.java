package nl.ouderportaal.backoffice.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.StaffAccounts;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.Role;

/**
 * 'Medewerkers': the employees with their roles, groups and account state; a new employee (who is
 * sent a link to choose a password), the groups of one, a new link, and deactivating one who left.
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {

  /** A group to choose, with its location in the label. */
  public record GroupChoice(String id, String label) implements Serializable {}

  @Inject private StaffAccounts staff;
  @Inject private Locations locations;

  private List<StaffAccounts.StaffLine> lines;
  private List<GroupChoice> groupChoices;

  private String firstName;
  private String lastName;
  private String email;
  private Role role = Role.STAFF;
  private List<String> groups = new ArrayList<>();

  private StaffAccounts.StaffLine editing;
  private List<String> editGroups = new ArrayList<>();

  @PostConstruct
  void load() {
    lines = staff.list();
    groupChoices =
        locations.list().stream()
            .flatMap(
                l ->
                    l.groups().stream()
                        .map(
                            g ->
                                new GroupChoice(
                                    g.id().toString(), g.name() + " (" + l.name() + ")")))
            .toList();
  }

  public void add() {
    try {
      staff.add(firstName, lastName, email, role, ids(groups));
      Messages.info("staff.added", email);
      firstName = null;
      lastName = null;
      email = null;
      role = Role.STAFF;
      groups = new ArrayList<>();
      load();
    } catch (BusinessException refused) {
      Messages.error("newStaff", refused);
    }
  }

  public void edit(StaffAccounts.StaffLine line) {
    editing = line;
    editGroups = line.groupIds().stream().map(UUID::toString).collect(Collectors.toList());
  }

  public void saveGroups() {
    act(() -> staff.changeGroups(editing.id(), ids(editGroups)), "staff.groupsSaved");
    editing = null;
  }

  public void cancel() {
    editing = null;
  }

  public void sendActivation(StaffAccounts.StaffLine line) {
    act(() -> staff.sendActivation(line.id()), "staff.activationSent");
  }

  public void deactivate(StaffAccounts.StaffLine line) {
    act(() -> staff.deactivate(line.id()), "staff.deactivated");
  }

  public void reactivate(StaffAccounts.StaffLine line) {
    act(() -> staff.reactivate(line.id()), "staff.reactivated");
  }

  private void act(Runnable change, String done) {
    try {
      change.run();
      load();
      Messages.info(done);
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  /** The account state as a message key. */
  public String statusKey(StaffAccounts.StaffLine line) {
    if (!line.active()) {
      return "staff.status.inactive";
    }
    if (line.status() == AccountStatus.NEW) {
      return "staff.status.new";
    }
    return "account.status." + line.status().name();
  }

  public String invitedOn(StaffAccounts.StaffLine line) {
    return Messages.date(line.invitedAt());
  }

  private static Set<UUID> ids(List<String> chosen) {
    return chosen == null
        ? Set.of()
        : chosen.stream().map(UUID::fromString).collect(Collectors.toSet());
  }

  public List<StaffAccounts.StaffLine> getLines() {
    return lines;
  }

  public List<GroupChoice> getGroupChoices() {
    return groupChoices;
  }

  public Role[] getRoles() {
    return new Role[] {Role.STAFF, Role.SERVICEDESK};
  }

  public StaffAccounts.StaffLine getEditing() {
    return editing;
  }

  public List<String> getEditGroups() {
    return editGroups;
  }

  public void setEditGroups(List<String> editGroups) {
    this.editGroups = editGroups;
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }
}
