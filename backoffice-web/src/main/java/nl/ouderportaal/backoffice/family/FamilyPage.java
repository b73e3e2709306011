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
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * A family in the back-office: its parents with the state of their accounts (and what the service
 * desk can do about it), a new parent, the children and their contracts.
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

  private String firstName;
  private String lastName;
  private String email;
  private String phone;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    reload();
  }

  private void reload() {
    family = families.detail(id);
    states =
        accounts.states(
            family.parents().stream()
                .map(Families.ParentLine::accountId)
                .filter(Objects::nonNull)
                .toList());
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

  public String getLastDayOfAccess() {
    return Messages.date(family.lastDayOfAccess());
  }

  public Accounts.State state(Families.ParentLine parent) {
    return parent.accountId() == null ? null : states.get(parent.accountId());
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

  public void showAudit(Families.ParentLine parent) {
    auditOf = parent.accountId();
    audit = auditOf == null ? List.of() : accounts.auditLog(auditOf);
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

  public Families.Detail getFamily() {
    return family;
  }

  public List<AuditLog.Entry> getAudit() {
    return audit;
  }

  public UUID getAuditOf() {
    return auditOf;
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
}
