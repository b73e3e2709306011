package nl.ouderportaal.systemtest.account;

import static nl.ouderportaal.systemtest.support.Caller.refusal;
import static nl.ouderportaal.systemtest.support.Caller.refused;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.account.AccountStatus;
import nl.ouderportaal.domain.account.Activations;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.LoginResult;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.account.StaffAccounts;
import nl.ouderportaal.domain.diary.Diary;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.platform.Role;
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
 * 'Medewerkers': the service desk adds a group worker, who chooses a password through the link in
 * their mail and works in their groups; deactivated, their login ends at once, also in an open
 * session, while what they wrote keeps their name.
 */
@ExtendWith(ArquillianExtension.class)
public class StaffAccountsIT {

  private static final String PASSWORD = "Groene appels 2027";

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(StaffAccountsIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/StaffAccounts")
  private StaffAccounts staff;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Activations")
  private Activations activations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Children")
  private Children children;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Diary")
  private Diary diary;

  @Inject private Fixtures fixtures;

  @Test
  public void aNewGroupWorkerChoosesAPasswordWorksInTheirGroupAndStopsAtOnceWhenDeactivated()
      throws Exception {
    Scenario s = fixtures.scenario();
    String email = "kim-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";

    UUID kim = asDesk(s, () -> staff.add("Kim", "de Boer", email, Role.STAFF, Set.of(s.groupX())));

    assertThat(fixtures.outbox(email)[0]).isEqualTo(1);
    assertThat(fixtures.latestMailText(email))
        .contains("Hallo Kim", s.groupXName(), "activate.xhtml?token=", "/backoffice/");
    StaffAccounts.StaffLine added = line(s, kim);
    assertThat(added.status()).isEqualTo(AccountStatus.NEW);
    assertThat(added.role()).isEqualTo(Role.STAFF);
    assertThat(added.groupIds()).containsExactly(s.groupX());
    assertThat(added.invitedAt()).isNotNull();

    assertThat(activations.activate(fixtures.latestLink(email), PASSWORD, "192.0.2.50").staff())
        .isTrue();
    LoginResult login = authentication.verify(email, PASSWORD.toCharArray(), "192.0.2.50");
    assertThat(login.outcome()).isEqualTo(Outcome.SUCCESS);
    UUID account = login.accountId();
    assertThat(Caller.as(account, "STAFF", children::inMyGroups))
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(s.childA1(), s.childB1());
    Caller.as(
        account,
        "STAFF",
        () ->
            diary.write(
                s.childA1(),
                new DiaryDraft("Abel speelde met blokken.", null, null, null, Mood.HAPPY),
                List.of()));

    Caller.run(s.serviceDeskAccount(), "SERVICEDESK", () -> staff.deactivate(kim));

    refused(account, "STAFF", children::inMyGroups);
    assertThat(authentication.verify(email, PASSWORD.toCharArray(), "192.0.2.50").outcome())
        .isEqualTo(Outcome.BLOCKED);
    StaffAccounts.StaffLine gone = line(s, kim);
    assertThat(gone.active()).isFalse();
    assertThat(gone.groupIds()).isEmpty();
    assertThat(
            Caller.as(s.parentAAccount(), "PARENT", () -> diary.entries(s.childA1(), 0, 10))
                .entries())
        .as("what they wrote keeps their name")
        .extracting(Diary.Entry::authorName)
        .contains("Kim");

    Caller.run(s.serviceDeskAccount(), "SERVICEDESK", () -> staff.reactivate(kim));
    assertThat(authentication.verify(email, PASSWORD.toCharArray(), "192.0.2.50").outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThat(Caller.as(account, "STAFF", children::inMyGroups))
        .as("no groups until given")
        .isEmpty();
    Caller.run(
        s.serviceDeskAccount(), "SERVICEDESK", () -> staff.changeGroups(kim, Set.of(s.groupY())));
    assertThat(Caller.as(account, "STAFF", children::inMyGroups))
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(s.childA2(), s.childB2());
  }

  @Test
  public void aServiceDeskEmployeeIsAddedWithoutGroupsAndNobodyDeactivatesThemselves()
      throws Exception {
    Scenario s = fixtures.scenario();
    String email = "roos-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";

    UUID roos = asDesk(s, () -> staff.add("Roos", "Smit", email, Role.SERVICEDESK, Set.of()));

    assertThat(line(s, roos).role()).isEqualTo(Role.SERVICEDESK);
    assertThat(fixtures.latestMailText(email)).contains("het Servicepunt");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> staff.add("Roos", "Smit", email, Role.STAFF, Set.of()))
                .messageKey())
        .isEqualTo("email.taken");
    assertThat(
            refusal(
                    s.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> staff.add("Piet", "Smit", "piet-" + email, null, Set.of()))
                .messageKey())
        .isEqualTo("staff.roleRequired");
    UUID self =
        asDesk(s, staff::list).stream()
            .filter(l -> l.accountId().equals(s.serviceDeskAccount()))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(
            refusal(s.serviceDeskAccount(), "SERVICEDESK", () -> staff.deactivate(self))
                .messageKey())
        .isEqualTo("staff.notYourself");
  }

  @Test
  public void onlyTheServiceDeskOfTheOrganisationKeepsItsStaff() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID staffX =
        asDesk(s, staff::list).stream()
            .filter(l -> l.accountId().equals(s.staffXAccount()))
            .findFirst()
            .orElseThrow()
            .id();
    record Intruder(UUID account, String role) {}
    for (Intruder intruder :
        List.of(
            new Intruder(s.parentAAccount(), "PARENT"),
            new Intruder(s.staffYAccount(), "STAFF"),
            new Intruder(other.serviceDeskAccount(), "SERVICEDESK"))) {
      UUID id = intruder.account();
      String role = intruder.role();
      refused(id, role, () -> staff.deactivate(staffX));
      refused(id, role, () -> staff.changeGroups(staffX, Set.of(s.groupY())));
      refused(id, role, () -> staff.sendActivation(staffX));
      refused(id, role, () -> staff.reactivate(staffX));
    }
    refused(s.parentAAccount(), "PARENT", staff::list);
    refused(
        s.staffYAccount(),
        "STAFF",
        () -> staff.add("I", "I", "i-" + s.token() + "@test.example", Role.SERVICEDESK, Set.of()));
    refused(
        other.serviceDeskAccount(),
        "SERVICEDESK",
        () ->
            staff.add(
                "I", "I", "j-" + s.token() + "@test.example", Role.STAFF, Set.of(s.groupX())));
    assertThat(asDesk(other, staff::list))
        .extracting(StaffAccounts.StaffLine::accountId)
        .doesNotContain(s.staffXAccount());
    assertThat(line(s, staffX).active()).isTrue();
    assertThat(line(s, staffX).groupIds()).containsExactly(s.groupX());
  }

  private StaffAccounts.StaffLine line(Scenario s, UUID id) throws Exception {
    return asDesk(s, staff::list).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
