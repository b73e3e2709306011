package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.account.Activations;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.Credentials;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.care.AbsenceReason;
import nl.ouderportaal.domain.care.Absences;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.family.Parents;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
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
 * Accounts in the boundary: invitations, links, passwords, throttling, consents, and the end of
 * care. Mail is checked in the outbox here; MailDeliveryIT checks what reaches a mail server.
 */
@ExtendWith(ArquillianExtension.class)
public class AccountsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(AccountsIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Invitations")
  private Invitations invitations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Activations")
  private Activations activations;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credentials")
  private Credentials credentials;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Consents")
  private Consents consents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Parents")
  private Parents parents;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Absences")
  private Absences absences;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Questions")
  private Questions questions;

  @Inject private Fixtures fixtures;
  @Resource private UserTransaction transaction;

  private final LocalDate today = LocalDate.now();

  @Test
  public void theDailyInvitationsReachExactlyTheParentsWhoseCareStartsSoonOnce() {
    NewFamily soon = fixtures.newFamily(today.plusDays(40), null, false);
    NewFamily later = fixtures.newFamily(today.plusDays(100), null, false);
    NewFamily running = fixtures.newFamily(today.minusDays(100), null, false);
    NewFamily active = fixtures.newFamily(today.plusDays(20), null, true);
    NewFamily ended = fixtures.newFamily(today.minusDays(300), today.minusDays(10), false);

    invitations.inviteDue();
    invitations.inviteDue();

    assertThat(fixtures.outbox(soon.parentEmail())[0]).isEqualTo(1);
    assertThat(fixtures.outbox(running.parentEmail())[0]).isEqualTo(1);
    assertThat(fixtures.outbox(later.parentEmail())[0]).isZero();
    assertThat(fixtures.outbox(active.parentEmail())[0]).isZero();
    assertThat(fixtures.outbox(ended.parentEmail())[0]).isZero();
    assertThat(fixtures.latestMailText(soon.parentEmail()))
        .contains("Hallo Noa", "Nina", soon.parentEmail(), "activate.xhtml?token=");
  }

  @Test
  public void anInvitationLinkSetsAPasswordOnceAndRefusesACommonOne() {
    NewFamily family = fixtures.newFamily(today.plusDays(30), null, false);
    invitations.inviteDue();
    String token = fixtures.latestLink(family.parentEmail());

    assertThat(
            activations
                .check(token, nl.ouderportaal.domain.account.TokenPurpose.ACTIVATION)
                .usable())
        .isTrue();
    assertThatThrownBy(() -> activations.activate(token, "Welkom2026!", null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("password.common");
    assertThat(
            authentication
                .verify(family.parentEmail(), "Nieuw wachtwoord 2026".toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.INVALID);

    assertThat(activations.activate(token, "Nieuw wachtwoord 2026", null))
        .isEqualTo(new Activations.PasswordChosen(family.parentEmail(), false));

    assertThat(
            authentication
                .verify(family.parentEmail(), "Nieuw wachtwoord 2026".toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThatThrownBy(() -> activations.activate(token, "Nog een ander wachtwoord", null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("link.notUsable");
  }

  @Test
  public void aResetLinkChangesThePasswordAndAnOlderLinkStopsWorking() throws Exception {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);
    activations.sendLoginLink(family.parentEmail(), "192.0.2.10");
    String first = fixtures.latestLink(family.parentEmail());
    // a second request within two minutes sends nothing new
    activations.sendLoginLink(family.parentEmail(), "192.0.2.10");
    assertThat(fixtures.latestLink(family.parentEmail())).isEqualTo(first);

    activations.resetPassword(first, "Een heel nieuw wachtwoord", null);

    assertThat(
            authentication
                .verify(family.parentEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.INVALID);
    assertThat(
            authentication
                .verify(family.parentEmail(), "Een heel nieuw wachtwoord".toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThat(fixtures.latestMailText(family.parentEmail())).contains("wachtwoord", "gewijzigd");
  }

  @Test
  public void anUnknownAddressGetsNoMailAndTheSameAnswer() {
    String unknown = "onbekend-" + System.nanoTime() + "@test.example";

    activations.sendLoginLink(unknown, "192.0.2.11");

    assertThat(fixtures.outbox(unknown)[0]).isZero();
  }

  @Test
  public void aChangeThatRollsBackSendsNoMail() throws Exception {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);

    transaction.begin();
    activations.sendLoginLink(family.parentEmail(), null);
    transaction.rollback();

    assertThat(fixtures.outbox(family.parentEmail())[0]).isZero();
    activations.sendLoginLink(family.parentEmail(), null);
    assertThat(fixtures.outbox(family.parentEmail())[0]).isEqualTo(1);
  }

  @Test
  public void manyFailuresFromOneAddressBlockItButNotOtherAddresses() {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);
    String attacker = "198.51.100." + (System.nanoTime() % 250);
    for (int i = 0; i < 20; i++) {
      authentication.verify(
          "gok-" + i + "-" + family.token() + "@test.example",
          "geraden-ww-1".toCharArray(),
          attacker);
    }

    assertThat(
            authentication
                .verify(family.parentEmail(), Scenario.PASSWORD.toCharArray(), attacker)
                .outcome())
        .isEqualTo(Outcome.LOCKED);
    assertThat(
            authentication
                .verify(family.parentEmail(), Scenario.PASSWORD.toCharArray(), "203.0.113.7")
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
  }

  @Test
  public void changingThePasswordAsksForTheCurrentOne() throws Exception {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);

    Credentials.Outcome wrong =
        Caller.as(
            family.parentAccount(),
            "PARENT",
            () -> credentials.changePassword("fout", "Mijn nieuwe wachtwoord"));
    Credentials.Outcome right =
        Caller.as(
            family.parentAccount(),
            "PARENT",
            () -> credentials.changePassword(Scenario.PASSWORD, "Mijn nieuwe wachtwoord"));

    assertThat(wrong).isEqualTo(Credentials.Outcome.WRONG_PASSWORD);
    assertThat(right).isEqualTo(Credentials.Outcome.DONE);
    assertThat(
            authentication
                .verify(family.parentEmail(), "Mijn nieuwe wachtwoord".toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
  }

  @Test
  public void guessingTheCurrentPasswordInAnOpenSessionLocksAsTheLoginDoes() throws Exception {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);
    List<Credentials.Outcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String guess = "fout-" + i;
      outcomes.add(
          Caller.as(
              family.parentAccount(),
              "PARENT",
              () -> credentials.changePassword(guess, "Mijn nieuwe wachtwoord")));
    }
    Credentials.Outcome rightButLocked =
        Caller.as(
            family.parentAccount(),
            "PARENT",
            () -> credentials.requestEmailChange(Scenario.PASSWORD, "ander@test.example"));

    assertThat(outcomes.subList(0, 5)).containsOnly(Credentials.Outcome.WRONG_PASSWORD);
    assertThat(outcomes.get(5)).isEqualTo(Credentials.Outcome.LOCKED);
    assertThat(rightButLocked).isEqualTo(Credentials.Outcome.LOCKED);
    assertThat(
            authentication
                .verify(family.parentEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.LOCKED);
  }

  @Test
  public void aNewEmailAddressCountsOnlyOnceItIsConfirmed() throws Exception {
    NewFamily family = fixtures.newFamily(today.minusDays(30), null, true);
    String newAddress = "nieuw-" + family.token().toLowerCase() + "@test.example";

    Caller.as(
        family.parentAccount(),
        "PARENT",
        () -> credentials.requestEmailChange(Scenario.PASSWORD, newAddress));
    assertThat(authentication.verify(newAddress, Scenario.PASSWORD.toCharArray(), null).outcome())
        .isEqualTo(Outcome.INVALID);
    assertThat(fixtures.latestMailText(family.parentEmail())).contains(newAddress);

    activations.confirmEmail(fixtures.latestLink(newAddress));

    assertThat(authentication.verify(newAddress, Scenario.PASSWORD.toCharArray(), null).outcome())
        .isEqualTo(Outcome.SUCCESS);
    assertThat(Caller.as(family.parentAccount(), "PARENT", () -> parents.me().email()))
        .isEqualTo(newAddress);
  }

  @Test
  public void parentsChangeTheConsentsOfTheirOwnChildrenAndEveryChangeIsKept() throws Exception {
    Scenario s = fixtures.scenario();

    Caller.as(
        s.parentAAccount(),
        "PARENT",
        () -> {
          consents.change(s.childA1(), ConsentPurpose.GROUP_PHOTOS, true);
          consents.change(s.childA1(), ConsentPurpose.GROUP_PHOTOS, false);
          return null;
        });

    Map<ConsentPurpose, Boolean> now =
        Caller.as(s.parentAAccount(), "PARENT", () -> consents.current(s.childA1()));
    List<Consents.Change> history =
        Caller.as(s.serviceDeskAccount(), "SERVICEDESK", () -> consents.history(s.childA1()));
    assertThat(now)
        .containsEntry(ConsentPurpose.GROUP_PHOTOS, false)
        .containsEntry(ConsentPurpose.PHOTOS_IN_PORTAL, false);
    assertThat(history).extracting(Consents.Change::granted).containsExactly(false, true);
    assertThat(history).allSatisfy(c -> assertThat(c.changedBy()).isEqualTo(s.parentAName()));
  }

  @Test
  public void nobodyElseChangesAChildsConsents() {
    Scenario s = fixtures.scenario();

    assertThatThrownBy(
            () ->
                Caller.as(
                    s.parentBAccount(),
                    "PARENT",
                    () -> {
                      consents.change(s.childA1(), ConsentPurpose.GROUP_PHOTOS, true);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                Caller.as(
                    s.staffXAccount(),
                    "STAFF",
                    () -> {
                      consents.change(s.childA1(), ConsentPurpose.GROUP_PHOTOS, true);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> Caller.as(s.parentBAccount(), "PARENT", () -> consents.history(s.childA1())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  public void afterCareEndsParentsLogInForEightWeeksAndThenNoMore() throws Exception {
    NewFamily recent = fixtures.newFamily(today.minusYears(1), today.minusDays(14), true);
    NewFamily longAgo = fixtures.newFamily(today.minusYears(1), today.minusDays(57), true);

    assertThat(
            authentication
                .verify(recent.parentEmail(), Scenario.PASSWORD.toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
    Parents.Profile me = Caller.as(recent.parentAccount(), "PARENT", parents::me);
    assertThat(me.careEnded()).isTrue();
    assertThat(me.lastDayOfAccess()).isEqualTo(today.minusDays(14).plusWeeks(8));
    // reading and downloading only: nothing new for the care that ended ...
    assertThatThrownBy(
            () ->
                Caller.as(
                    recent.parentAccount(),
                    "PARENT",
                    () ->
                        absences.report(
                            recent.childId(),
                            List.of(today.plusDays(3)),
                            AbsenceReason.SICK,
                            null)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("care.ended");
    // ... but the service desk can still be asked (about the last invoice, say), and consents
    // can still be withdrawn
    UUID asked =
        Caller.as(
            recent.parentAccount(),
            "PARENT",
            () ->
                questions.ask(
                    new QuestionDraft(
                        Topic.INVOICE, null, "Laatste factuur", "Klopt het bedrag?")));
    assertThat(asked).isNotNull();

    var refused =
        authentication.verify(longAgo.parentEmail(), Scenario.PASSWORD.toCharArray(), null);
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(refused.refusal()).isEqualTo("login.careEnded");
    assertThat(refused.accountId()).isNull();
  }
}
