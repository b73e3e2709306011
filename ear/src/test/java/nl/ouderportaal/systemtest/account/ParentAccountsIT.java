package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Accounts;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.audit.AuditLog;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk's side of parents' accounts: adding a parent, inviting, blocking and unblocking,
 * and the account's audit log; and that nobody else, also not the service desk of another
 * organisation, can do any of it.
 */
@ExtendWith(ArquillianExtension.class)
public class ParentAccountsIT {

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

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @Inject private Fixtures fixtures;

  @Test
  public void theServiceDeskAddsAParentAndInvitesThem() throws Exception {
    Scenario s = fixtures.scenario();
    String email = "nieuw-" + s.token().toLowerCase() + "@test.example";

    UUID parent =
        asDesk(s, () -> families.addParent(s.familyA(), "Joris", "Vermeer", email, "06 12345678"));
    UUID account =
        asDesk(s, () -> families.detail(s.familyA())).parents().stream()
            .filter(p -> p.id().equals(parent))
            .findFirst()
            .orElseThrow()
            .accountId();
    Accounts.State before = asDesk(s, () -> accounts.states(Set.of(account))).get(account);
    assertThat(before.status()).isEqualTo(AccountStatus.NEW);
    assertThat(before.invitedAt()).isNull();
    assertThat(fixtures.outbox(email)[0]).isZero();

    asDesk(
        s,
        () -> {
          invitations.invite(parent);
          return null;
        });

    Accounts.State after = asDesk(s, () -> accounts.states(Set.of(account))).get(account);
    assertThat(after.invitedAt()).isNotNull();
    assertThat(fixtures.outbox(email)[0]).isEqualTo(1);
    assertThat(asDesk(s, () -> families.detail(s.familyA())).parents())
        .anySatisfy(p -> assertThat(p.name()).contains("Joris", "Vermeer"));
  }

  @Test
  public void blockingStopsTheLoginUnblockingRestoresItAndTheLogTellsItAll() throws Exception {
    Scenario s = fixtures.scenario();
    String wrong = "Geheim-fout-" + s.token();
    authentication.verify(s.parentAEmail(), wrong.toCharArray(), "192.0.2.7");

    asDesk(
        s,
        () -> {
          accounts.block(s.parentAAccount());
          return null;
        });
    Outcome blocked =
        authentication.verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null).outcome();
    assertThat(
            asDesk(s, () -> accounts.states(Set.of(s.parentAAccount())))
                .get(s.parentAAccount())
                .status())
        .isEqualTo(AccountStatus.BLOCKED);
    asDesk(
        s,
        () -> {
          accounts.unblock(s.parentAAccount());
          return null;
        });
    Outcome again =
        authentication.verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null).outcome();

    assertThat(blocked).isEqualTo(Outcome.BLOCKED);
    assertThat(again).isEqualTo(Outcome.SUCCESS);
    var log = asDesk(s, () -> accounts.auditLog(s.parentAAccount()));
    assertThat(log)
        .extracting(AuditLog.Entry::action)
        .contains(
            "LOGIN_FAILED",
            "ACCOUNT_BLOCKED",
            "LOGIN_REFUSED_BLOCKED",
            "ACCOUNT_UNBLOCKED",
            "LOGIN");
    assertThat(log)
        .filteredOn(e -> e.action().startsWith("ACCOUNT_"))
        .allSatisfy(e -> assertThat(e.actorId()).isEqualTo(s.serviceDeskAccount()));
    assertThat(log)
        .filteredOn(e -> e.action().equals("LOGIN_FAILED"))
        .singleElement()
        .satisfies(e -> assertThat(e.clientAddress()).isEqualTo("192.0.2.7"));
    assertThat(log)
        .allSatisfy(
            e ->
                assertThat(e.details() == null ? "" : e.details())
                    .doesNotContain(wrong, Scenario.PASSWORD));
  }

  @Test
  public void nobodyButTheOrganisationsServiceDeskManagesItsAccounts() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario elsewhere = fixtures.scenario();
    UUID account = s.parentAAccount();

    for (Who who :
        new Who[] {
          new Who(elsewhere.serviceDeskAccount(), "SERVICEDESK"),
          new Who(s.parentBAccount(), "PARENT"),
          new Who(s.staffXAccount(), "STAFF")
        }) {
      assertThatThrownBy(
              () ->
                  Caller.as(
                      who.account(),
                      who.role(),
                      () -> {
                        accounts.block(account);
                        return null;
                      }))
          .as(who.role())
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () -> Caller.as(who.account(), who.role(), () -> accounts.auditLog(account)))
          .as(who.role())
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  Caller.as(
                      who.account(),
                      who.role(),
                      () ->
                          families.addParent(
                              s.familyA(), "Inge", "Indringer", "inge@test.example", null)))
          .as(who.role())
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(
            Caller.as(
                elsewhere.serviceDeskAccount(),
                "SERVICEDESK",
                () -> accounts.states(Set.of(account))))
        .isEmpty();
    assertThat(
            authentication
                .verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
  }

  private record Who(UUID account, String role) {}

  private static <T> T asDesk(Scenario s, java.util.concurrent.Callable<T> action)
      throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
