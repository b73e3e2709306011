package nl.ouderportaal.systemtest.question;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import nl.ouderportaal.domain.account.PasswordHash;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.platform.Role;
import nl.ouderportaal.systemtest.support.Scenario;

/**
 * Test data the {@link Scenario} does not have: a second parent of family A, with an active
 * account. Deployed only with the tests of questions, which both parents of a family share.
 */
@Stateless
public class SecondParent {

  private static final String PASSWORD_HASH = PasswordHash.hash(Scenario.PASSWORD.toCharArray());

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  /** The account id of a new second parent of family A. */
  public UUID ofFamilyA(Scenario s) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    Family family = em.find(Family.class, s.familyA());
    UserAccount account =
        new UserAccount(
            family.organisation(),
            "ouder-a2-" + s.token().toLowerCase(Locale.ROOT) + "@test.example",
            EnumSet.of(Role.PARENT),
            Instant.now());
    account.activate(PASSWORD_HASH);
    em.persist(account);
    Parent parent = new Parent(family, "Arjen", "Aalbers " + s.token(), account.email(), null);
    parent.linkAccount(account.id());
    em.persist(parent);
    em.flush();
    return account.id();
  }
}
