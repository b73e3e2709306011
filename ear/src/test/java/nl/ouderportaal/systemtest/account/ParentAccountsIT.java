package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.account.Activations;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.LoginResult;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.family.Parents;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.NewFamily;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A parent's account as the service desk keeps it: added to a family, invited, blocked and
 * unblocked, with its audit log; nobody else does any of it, not even the service desk of another
 * organisation. And the invitation lead time, which each organisation sets for itself.
 */
@ExtendWith(ArquillianExtension.class)
public class ParentAccountsIT {

  private static final String NEW_PASSWORD = "Zon op het dak 42";
  private static final String WRONG_PASSWORD = "Maan onder de brug 7";

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(ParentAccountsIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Families")
  private Families families;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Accounts")
  private Accounts accounts;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invitations")
  private Invitations invitations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Activations")
  private Activations activations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Parents")
  private Parents parents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Settings")
  private Settings settings;

  @Inject private Fixtures fixtures;

  @Test
  public void theServiceDeskAddsInvitesBlocksAndUnblocksAParentAndTheAuditLogTellsIt()
      throws Exception {
    Scenario s = fixtures.scenario();
    String email = "cas-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";

    UUID parent =
        asDesk(
            s,
            () ->
                families.addParent(
                    s.familyA(), "Cas", "Aalbers " + s.token(), email, "06 12345678"));
    UUID account = accountOf(s, s.familyA(), parent);
    Accounts.State added = stateOf(s, account);
    assertThat(added.email()).isEqualTo(email);
    assertThat(added.status()).isEqualTo(AccountStatus.NEW);
    assertThat(added.invitedAt()).as("not invited").isNull();
    assertThat(fixtures.outbox(email)[0]).isZero();

    asDesk(
        s,
        () -> {
          invitations.invite(parent);
          return null;
        });
    Accounts.State invited = stateOf(s, account);
    assertThat(invited.status()).isEqualTo(AccountStatus.NEW);
    assertThat(invited.invitedAt()).as("invited on").isNotNull();
    assertThat(LocalDate.ofInstant(invited.invitedAt(), Clocks.ZONE))
        .isEqualTo(LocalDate.now(Clocks.ZONE));
    assertThat(fixtures.outbox(email)[0]).isEqualTo(1);
    assertThat(fixtures.latestMailText(email)).contains("Hallo Cas", "activate.xhtml?token=");

    activations.activate(fixtures.latestLink(email), NEW_PASSWORD, "192.0.2.40");
    assertThat(verify(email, WRONG_PASSWORD).outcome()).isEqualTo(Outcome.INVALID);
    assertThat(verify(email, NEW_PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);

    asDesk(
        s,
        () -> {
          accounts.block(account);
          return null;
        });
    assertThat(stateOf(s, account).status()).isEqualTo(AccountStatus.BLOCKED);
    LoginResult blocked = verify(email, NEW_PASSWORD);
    assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCKED);
    assertThat(blocked.accountId()).isNull();
    assertThat(blocked.roles()).isEmpty();
    assertThatThrownBy(() -> Caller.as(account, "PARENT", parents::me))
        .as("an open session of a blocked account loses its rights")
        .isInstanceOf(NotFoundException.class);

    asDesk(
        s,
        () -> {
          accounts.unblock(account);
          return null;
        });
    assertThat(stateOf(s, account).status()).isEqualTo(AccountStatus.ACTIVE);
    LoginResult again = verify(email, NEW_PASSWORD);
    assertThat(again.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(again.accountId()).isEqualTo(account);
    assertThat(Caller.as(account, "PARENT", parents::me).email()).isEqualTo(email);

    List<AuditLog.Entry> log = asDesk(s, () -> accounts.auditLog(account));
    assertThat(log)
        .as("newest first")
        .extracting(AuditLog.Entry::action)
        .containsSubsequence(
            "LOGIN",
            "ACCOUNT_UNBLOCKED",
            "LOGIN_REFUSED_BLOCKED",
            "ACCOUNT_BLOCKED",
            "LOGIN",
            "LOGIN_FAILED",
            "ACCOUNT_ACTIVATED",
            "INVITED");
    assertThat(log).filteredOn(e -> e.action().equals("LOGIN")).hasSize(2);
    assertThat(log)
        .filteredOn(
            e -> List.of("INVITED", "ACCOUNT_BLOCKED", "ACCOUNT_UNBLOCKED").contains(e.action()))
        .extracting(AuditLog.Entry::actorId)
        .containsOnly(s.serviceDeskAccount());
    assertThat(log)
        .filteredOn(e -> e.action().startsWith("LOGIN"))
        .extracting(AuditLog.Entry::clientAddress)
        .containsOnly("192.0.2.41");
    assertThat(log)
        .allSatisfy(
            e ->
                assertThat(e.details() + " " + e.clientAddress())
                    .doesNotContain(NEW_PASSWORD)
                    .doesNotContain(WRONG_PASSWORD)
                    .doesNotContain(Scenario.PASSWORD));
  }

  @Test
  public void unblockingAParentWithoutAPasswordLeavesTheAccountWaitingForItsInvitation()
      throws Exception {
    Scenario s = fixtures.scenario();
    String email = "cas-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";
    UUID parent = asDesk(s, () -> families.addParent(s.familyB(), "Cas", "Bakker", email, null));
    UUID account = accountOf(s, s.familyB(), parent);

    asDesk(
        s,
        () -> {
          accounts.block(account);
          accounts.unblock(account);
          return null;
        });

    assertThat(stateOf(s, account).status()).isEqualTo(AccountStatus.NEW);
    assertThat(verify(email, NEW_PASSWORD).outcome()).isEqualTo(Outcome.INVALID);
  }

  @Test
  public void parentsAndStaffNeitherAddNorInviteNorBlockNorUnblock() throws Exception {
    Scenario s = fixtures.scenario();
    UUID parentB = asDesk(s, () -> families.detail(s.familyB())).parents().get(0).id();

    record Intruder(UUID account, String role) {}
    for (Intruder intruder :
        List.of(
            new Intruder(s.parentAAccount(), "PARENT"), new Intruder(s.staffXAccount(), "STAFF"))) {
      UUID id = intruder.account();
      String role = intruder.role();
      String email =
          "indringer-" + role.toLowerCase(Locale.ROOT) + "-" + s.token() + "@test.example";
      refused(id, role, () -> families.addParent(s.familyA(), "Ivo", "Indringer", email, null));
      refused(id, role, () -> invitations.invite(parentB));
      refused(id, role, () -> accounts.block(s.parentBAccount()));
      refused(id, role, () -> accounts.unblock(s.parentBAccount()));
      refused(id, role, () -> accounts.auditLog(s.parentBAccount()));
      refused(id, role, () -> accounts.states(List.of(s.parentBAccount())));
    }

    assertThat(asDesk(s, () -> families.detail(s.familyA())).parents()).hasSize(1);
    assertThat(stateOf(s, s.parentBAccount()).status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(verify(s.parentBEmail(), Scenario.PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @Test
  public void theServiceDeskOfAnotherOrganisationNeitherSeesNorBlocksOurParents() throws Exception {
    Scenario ours = fixtures.scenario();
    Scenario theirs = fixtures.scenario();
    UUID parentA = asDesk(ours, () -> families.detail(ours.familyA())).parents().get(0).id();
    UUID account = ours.parentAAccount();

    assertThat(asDesk(theirs, () -> accounts.states(List.of(account)))).isEmpty();
    UUID desk = theirs.serviceDeskAccount();
    refused(desk, "SERVICEDESK", () -> families.detail(ours.familyA()));
    refused(desk, "SERVICEDESK", () -> accounts.auditLog(account));
    refused(desk, "SERVICEDESK", () -> accounts.block(account));
    refused(desk, "SERVICEDESK", () -> accounts.unblock(account));
    refused(desk, "SERVICEDESK", () -> invitations.invite(parentA));
    String email = "vreemd-" + theirs.token().toLowerCase(Locale.ROOT) + "@test.example";
    refused(
        desk,
        "SERVICEDESK",
        () -> families.addParent(ours.familyA(), "Vera", "Vreemd", email, null));

    assertThat(stateOf(ours, account).status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(verify(ours.parentAEmail(), Scenario.PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(asDesk(ours, () -> families.detail(ours.familyA())).parents()).hasSize(1);
    assertThat(asDesk(ours, () -> accounts.auditLog(account)))
        .extracting(AuditLog.Entry::actorId)
        .doesNotContain(theirs.serviceDeskAccount());
  }

  @Test
  public void theInvitationLeadTimeIsTheOrganisationsOwnSetting() throws Exception {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    NewFamily sixWeeks = fixtures.newFamily(today.plusWeeks(6), null, false);
    NewFamily threeWeeks = fixtures.newFamily(today.plusWeeks(3), null, false);
    NewFamily sixWeeksUnchanged = fixtures.newFamily(today.plusWeeks(6), null, false);

    for (NewFamily family : List.of(sixWeeks, threeWeeks)) {
      UUID desk = serviceDeskOf(family);
      Settings.Policies before = Caller.as(desk, "SERVICEDESK", settings::policies);
      assertThat(before.invitationLeadMonths()).isEqualTo(2);
      Caller.as(
          desk,
          "SERVICEDESK",
          () -> {
            settings.changeAccountPolicies(1, before.accessAfterCareWeeks());
            return null;
          });
      Settings.Policies after = Caller.as(desk, "SERVICEDESK", settings::policies);
      assertThat(after.invitationLeadMonths()).isEqualTo(1);
      assertThat(after.accessAfterCareWeeks()).isEqualTo(before.accessAfterCareWeeks());
    }

    invitations.inviteDue();

    assertThat(fixtures.outbox(sixWeeks.parentEmail())[0]).isZero();
    assertThat(fixtures.outbox(threeWeeks.parentEmail())[0]).isEqualTo(1);
    assertThat(fixtures.outbox(sixWeeksUnchanged.parentEmail())[0])
        .as("two months, the default, still reach a start in six weeks")
        .isEqualTo(1);
    assertThat(fixtures.latestMailText(threeWeeks.parentEmail()))
        .contains("Hallo Noa", "activate.xhtml?token=");
  }

  @Test
  public void onlyTheServiceDeskChangesTheInvitationLeadTime() throws Exception {
    Scenario s = fixtures.scenario();

    assertThatThrownBy(
            () ->
                Caller.as(
                    s.staffXAccount(),
                    "STAFF",
                    () -> {
                      settings.changeAccountPolicies(0, 8);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                Caller.as(
                    s.parentAAccount(),
                    "PARENT",
                    () -> {
                      settings.changeAccountPolicies(0, 8);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThat(asDesk(s, settings::policies).invitationLeadMonths()).isEqualTo(2);
  }

  /** The service desk of the family's organisation logs in, which tells its account id. */
  private UUID serviceDeskOf(NewFamily family) {
    LoginResult login =
        authentication.verify(family.serviceDeskEmail(), Scenario.PASSWORD.toCharArray(), null);
    assertThat(login.outcome()).isEqualTo(Outcome.SUCCESS);
    return login.accountId();
  }

  private LoginResult verify(String email, String password) {
    return authentication.verify(email, password.toCharArray(), "192.0.2.41");
  }

  /** The account the service desk sees next to a parent of the family. */
  private UUID accountOf(Scenario s, UUID family, UUID parent) throws Exception {
    return asDesk(s, () -> families.detail(family)).parents().stream()
        .filter(p -> p.id().equals(parent))
        .findFirst()
        .orElseThrow()
        .accountId();
  }

  private Accounts.State stateOf(Scenario s, UUID account) throws Exception {
    return asDesk(s, () -> accounts.states(List.of(account))).get(account);
  }

  /** Something a caller may not do, done by them in a call that can throw. */
  private interface Attempt {
    void run() throws Exception;
  }

  /** The call is refused as if what it names did not exist. */
  private static void refused(UUID account, String role, Attempt attempt) {
    assertThatThrownBy(
            () ->
                Caller.as(
                    account,
                    role,
                    () -> {
                      attempt.run();
                      return null;
                    }))
        .as(role)
        .isInstanceOf(NotFoundException.class);
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
