package nl.ouderportaal.backoffice.family;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.notification.MailLog;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * A family in the back-office: its name and address, its parents with the state of their accounts
 * (and what the service desk can do about it: invite, block, correct, remove, see their mails), a
 * new parent. The children are {@link FamilyChildren}'s, the log {@link FamilyLog}'s.
 */
@Named
@ViewScoped
public class FamilyPage implements Serializable {

  @Inject private Families families;
  @Inject private Accounts accounts;
  @Inject private Invitations invitations;
  @Inject private ExternalContext external;

  private UUID id;
  private Families.Detail family;
  private Map<UUID, Accounts.State> states;
  private UUID auditOf;
  private List<AuditLog.Entry> audit = List.of();
  private UUID mailsOf;
  private List<MailLog.Mail> mails = List.of();

  private String name;
  private String street;
  private String postalCode;
  private String city;

  private String firstName;
  private String lastName;
  private String email;
  private String phone;

  private Families.ParentLine editing;
  private String editFirstName;
  private String editLastName;
  private String editEmail;
  private String editPhone;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    reload();
  }

  /** Reads the family again after a change, here or in another part of the page. */
  public void reload() {
    family = families.detail(id);
    states =
        accounts.states(
            family.parents().stream()
                .map(Families.ParentLine::accountId)
                .filter(Objects::nonNull)
                .toList());
    name = family.name();
    street = family.street();
    postalCode = family.postalCode();
    city = family.city();
  }

  /** The account state of a parent, as a message key. */
  public String statusKey(Families.ParentLine parent) {
    Accounts.State state = parent.accountId() == null ? null : states.get(parent.accountId());
    if (state == null) {
      return "account.status.none";
    }
    if (state.status() == AccountStatus.NEW) {
      return state.invitedAt() == null ? "account.status.notInvited" : "account.status.invited";
    }
    if (state.status() == AccountStatus.ACTIVE && state.locked()) {
      return "account.status.locked";
    }
    return "account.status." + state.status().name();
  }

  /** The day the parent was invited, written out, for the status text. */
  public String invitedOn(Families.ParentLine parent) {
    Accounts.State state = state(parent);
    return state == null ? "" : Messages.date(state.invitedAt());
  }

  public String when(AuditLog.Entry entry) {
    return Messages.dateTime(entry.occurredAt());
  }

  public String when(java.time.Instant moment) {
    return Messages.dateTime(moment);
  }

  public String getLastDayOfAccess() {
    return Messages.date(family.lastDayOfAccess());
  }

  public Accounts.State state(Families.ParentLine parent) {
    return parent.accountId() == null ? null : states.get(parent.accountId());
  }

  public void saveDetails() {
    try {
      families.changeDetails(id, name, street, postalCode, city);
      reload();
      Messages.info("family.detailsSaved");
    } catch (BusinessException refused) {
      Messages.error("details", refused);
    }
  }

  public void invite(Families.ParentLine parent) {
    act(() -> invitations.invite(parent.id()), "family.invited");
  }

  public void block(Families.ParentLine parent) {
    act(() -> accounts.block(parent.accountId()), "family.blocked");
  }

  public void unblock(Families.ParentLine parent) {
    act(() -> accounts.unblock(parent.accountId()), "family.unblocked");
  }

  public void remove(Families.ParentLine parent) {
    act(() -> families.removeParent(parent.id()), "family.parentRemoved");
    if (editing != null && editing.id().equals(parent.id())) {
      editing = null;
    }
  }

  public void showAudit(Families.ParentLine parent) {
    auditOf = parent.accountId();
    audit = auditOf == null ? List.of() : accounts.auditLog(auditOf);
  }

  public void showMails(Families.ParentLine parent) {
    mailsOf = parent.id();
    mails = families.mails(parent.id());
  }

  public void edit(Families.ParentLine parent) {
    editing = parent;
    editFirstName = parent.firstName();
    editLastName = parent.lastName();
    editEmail = parent.email();
    editPhone = parent.phone();
  }

  public void saveParent() {
    try {
      families.changeParent(editing.id(), editFirstName, editLastName, editEmail, editPhone);
      editing = null;
      reload();
      Messages.info("family.parentSaved");
    } catch (BusinessException refused) {
      Messages.error("editParent", refused);
    }
  }

  public void cancelEdit() {
    editing = null;
  }

  /** Whether the account of the parent being corrected still waits for its password. */
  public boolean isEditingNewAccount() {
    Accounts.State state = editing == null ? null : state(editing);
    return state == null || state.status() == AccountStatus.NEW;
  }

  public boolean isRoomForParent() {
    return family.parents().size() < Families.MAX_PARENTS;
  }

  public void addParent() {
    try {
      families.addParent(id, firstName, lastName, email, phone);
      firstName = null;
      lastName = null;
      email = null;
      phone = null;
      reload();
      Messages.info("family.parentAdded");
    } catch (BusinessException refused) {
      Messages.error("newParent", refused);
    }
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      reload();
      Messages.info(done);
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public UUID getId() {
    return id;
  }

  public Families.Detail getFamily() {
    return family;
  }

  public List<AuditLog.Entry> getAudit() {
    return audit;
  }

  public UUID getAuditOf() {
    return auditOf;
  }

  public UUID getMailsOf() {
    return mailsOf;
  }

  public List<MailLog.Mail> getMails() {
    return mails;
  }

  public Families.ParentLine getEditing() {
    return editing;
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEditFirstName() {
    return editFirstName;
  }

  public void setEditFirstName(String editFirstName) {
    this.editFirstName = editFirstName;
  }

  public String getEditLastName() {
    return editLastName;
  }

  public void setEditLastName(String editLastName) {
    this.editLastName = editLastName;
  }

  public String getEditEmail() {
    return editEmail;
  }

  public void setEditEmail(String editEmail) {
    this.editEmail = editEmail;
  }

  public String getEditPhone() {
    return editPhone;
  }

  public void setEditPhone(String editPhone) {
    this.editPhone = editPhone;
  }
}
