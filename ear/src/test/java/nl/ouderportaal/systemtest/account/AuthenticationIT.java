package nl.ouderportaal.systemtest.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Base64;
import java.util.Set;
import nl.ouderportaal.domain.account.Authentication;
import nl.ouderportaal.domain.account.LoginResult;
import nl.ouderportaal.domain.account.LoginResult.Outcome;
import nl.ouderportaal.domain.platform.Role;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The check behind the identity store that both web modules log in with. */
@ExtendWith(ArquillianExtension.class)
public class AuthenticationIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(AuthenticationIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Authentication")
  private Authentication authentication;

  @Inject private Fixtures fixtures;

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  @Test
  public void theRightPasswordLogsInWithTheAccountsRoles() {
    Scenario s = fixtures.scenario();

    LoginResult result =
        authentication.verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null);

    assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(result.accountId()).isEqualTo(s.parentAAccount());
    assertThat(result.roles()).isEqualTo(Set.of(Role.PARENT));
  }

  @Test
  public void theLoginNameIgnoresCaseAndSpaces() {
    Scenario s = fixtures.scenario();

    LoginResult result =
        authentication.verify(
            "  " + s.serviceDeskEmail().toUpperCase() + " ", Scenario.PASSWORD.toCharArray(), null);

    assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(result.roles()).isEqualTo(Set.of(Role.SERVICEDESK));
  }

  @Test
  public void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
    Scenario s = fixtures.scenario();

    LoginResult wrong =
        authentication.verify(s.parentAEmail(), "Niet-het-wachtwoord".toCharArray(), null);
    LoginResult unknown =
        authentication.verify(
            "niemand-" + s.token() + "@test.example", Scenario.PASSWORD.toCharArray(), null);

    assertThat(wrong).isEqualTo(unknown);
    assertThat(wrong.outcome()).isEqualTo(Outcome.INVALID);
    assertThat(wrong.accountId()).isNull();
  }

  @Test
  public void theStoredHashShowsItsAlgorithmAndIterations() {
    Scenario s = fixtures.scenario();
    EntityManager em = emf.createEntityManager();
    String stored;
    try {
      stored =
          (String)
              em.createNativeQuery("select password_hash from user_account where id = ?1")
                  .setParameter(1, s.parentAAccount())
                  .getSingleResult();
    } finally {
      em.close();
    }

    String[] parts = stored.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(stored).doesNotContain(Scenario.PASSWORD);
  }

  @Test
  public void fiveWrongPasswordsInARowLockTheAccountButNotOthers() {
    Scenario s = fixtures.scenario();
    for (int i = 0; i < 4; i++) {
      assertThat(
              authentication
                  .verify(s.parentAEmail(), "fout-wachtwoord".toCharArray(), null)
                  .outcome())
          .isEqualTo(Outcome.INVALID);
    }

    LoginResult fifth =
        authentication.verify(s.parentAEmail(), "fout-wachtwoord".toCharArray(), null);
    LoginResult rightButLocked =
        authentication.verify(s.parentAEmail(), Scenario.PASSWORD.toCharArray(), null);
    LoginResult otherAccount =
        authentication.verify(s.parentBEmail(), Scenario.PASSWORD.toCharArray(), null);

    assertThat(fifth.outcome()).isEqualTo(Outcome.LOCKED);
    assertThat(rightButLocked.outcome()).isEqualTo(Outcome.LOCKED);
    assertThat(otherAccount.outcome()).isEqualTo(Outcome.SUCCESS);
  }

  @Test
  public void fiveGuessesAtAnUnknownAddressAnswerLikeFiveAtAKnownOne() {
    Scenario s = fixtures.scenario();
    String unknown = "niemand-" + s.token() + "@test.example";
    for (int i = 0; i < 4; i++) {
      LoginResult known = authentication.verify(s.parentAEmail(), "fout-1".toCharArray(), null);
      LoginResult stranger = authentication.verify(unknown, "fout-1".toCharArray(), null);
      assertThat(stranger).isEqualTo(known);
      assertThat(stranger.outcome()).isEqualTo(Outcome.INVALID);
    }

    LoginResult knownFifth = authentication.verify(s.parentAEmail(), "fout-1".toCharArray(), null);
    LoginResult strangerFifth = authentication.verify(unknown, "fout-1".toCharArray(), null);
    LoginResult strangerSixth =
        authentication.verify(" " + unknown.toUpperCase() + " ", "fout-1".toCharArray(), null);

    assertThat(knownFifth.outcome()).isEqualTo(Outcome.LOCKED);
    assertThat(strangerFifth).isEqualTo(knownFifth);
    assertThat(strangerSixth.outcome()).isEqualTo(Outcome.LOCKED);
    assertThat(
            authentication
                .verify("ander-" + s.token() + "@test.example", "fout-1".toCharArray(), null)
                .outcome())
        .isEqualTo(Outcome.INVALID);
  }
}
