package nl.ouderportaal.systemtest.news;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;

/**
 * What the news tests need beyond a {@code Scenario}: another location of the organisation (where
 * none of the scenario's children are), an account by its e-mail address, and the news
 * notifications a parent has in the portal. Only in the news tests' deployments.
 */
@Stateless
public class NewsFixtures {

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  /** A new BSO location of the organisation, with no children. */
  public UUID anotherLocation(UUID organisationId, String name) {
    EntityManager em = emf.createEntityManager();
    em.joinTransaction();
    Location location =
        new Location(
            em.find(Organisation.class, organisationId),
            name,
            new Address("Schoolstraat 2", "3511 AB", "Utrecht"),
            String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000)),
            CareType.OUT_OF_SCHOOL);
    em.persist(location);
    em.flush();
    return location.id();
  }

  public UUID accountOf(String email) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery("select a.id from UserAccount a where a.email = :email", UUID.class)
          .setParameter("email", email)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** How many news notifications the account has in the portal. */
  public long newsNotifications(UUID accountId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(n) from PortalNotification n where n.accountId = :account"
                  + " and n.category = :news",
              Long.class)
          .setParameter("account", accountId)
          .setParameter("news", Category.NEWS)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** The title of the account's latest portal notification, or null. */
  public String latestNotificationTitle(UUID accountId) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select n.title from PortalNotification n where n.accountId = :account"
                  + " order by n.createdAt desc",
              String.class)
          .setParameter("account", accountId)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .orElse(null);
    } finally {
      em.close();
    }
  }
}
