package nl.ouderportaal.systemtest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Channel;
import nl.ouderportaal.domain.notification.Preferences;
import nl.ouderportaal.systemtest.question.SecondParent;
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
 * A new invoice and new annual statements tell each parent the way they chose for invoices and
 * documents: in the portal, by e-mail (a mail in the outbox), both (the default) or not at all. The
 * two parents of family A choose differently, so one family's invoice is mailed to one of them.
 */
@ExtendWith(ArquillianExtension.class)
public class BillingNotificationsIT {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(BillingNotificationsIT.class).addClass(SecondParent.class);
  }

  @Inject private Fixtures fixtures;
  @Inject private SecondParent secondParent;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Jobs")
  private Jobs jobs;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Preferences")
  private Preferences preferences;

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  private final YearMonth month = YearMonth.now();

  @Test
  public void aNewInvoiceIsMailedOnlyToTheParentWhoChoseEmail() throws Exception {
    Scenario s = fixtures.scenario();
    UUID partner = secondParent.ofFamilyA(s);
    String partnerEmail = partnerEmail(s);
    choose(s.parentAAccount(), Channel.PORTAL);
    choose(partner, Channel.EMAIL);
    choose(s.parentBAccount(), Channel.NONE);

    assertThat(run(s, JobKind.MONTHLY_INVOICING, month.toString())).isEqualTo("COMPLETED");

    assertThat(fixtures.invoiceCount(s.familyA(), month)).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentAEmail())[0]).as("portal only: no mail").isZero();
    assertThat(invoiceNotifications(s.parentAAccount())).isEqualTo(1);
    assertThat(fixtures.outbox(partnerEmail)[0]).as("e-mail: one mail").isEqualTo(1);
    assertThat(fixtures.latestMailText(partnerEmail)).contains("factuur", "Arjen");
    assertThat(invoiceNotifications(partner)).as("e-mail only: not in the portal").isZero();
    assertThat(fixtures.invoiceCount(s.familyB(), month)).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentBEmail())[0]).as("nothing: no mail").isZero();
    assertThat(invoiceNotifications(s.parentBAccount())).as("nothing: not in the portal").isZero();
  }

  @Test
  public void theAnnualStatementsAreNotifiedAsEachParentChose() throws Exception {
    Scenario s = fixtures.scenario();
    UUID partner = secondParent.ofFamilyA(s);
    String partnerEmail = partnerEmail(s);
    choose(s.parentAAccount(), Channel.EMAIL);
    choose(partner, Channel.NONE);
    // parent B keeps the default: in the portal and by e-mail
    assertThat(run(s, JobKind.MONTHLY_INVOICING, month.toString())).isEqualTo("COMPLETED");
    assertThat(fixtures.outbox(s.parentAEmail())[0]).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentBEmail())[0]).isEqualTo(1);

    assertThat(run(s, JobKind.ANNUAL_STATEMENTS, String.valueOf(month.getYear())))
        .isEqualTo("COMPLETED");

    // one mail per family and run, however many statements (family A has two children)
    assertThat(fixtures.outbox(s.parentAEmail())[0]).isEqualTo(2);
    assertThat(fixtures.latestMailText(s.parentAEmail())).contains("jaaropgave " + month.getYear());
    assertThat(invoiceNotifications(s.parentAAccount())).isZero();
    assertThat(fixtures.outbox(partnerEmail)[0]).isZero();
    assertThat(invoiceNotifications(partner)).isZero();
    assertThat(fixtures.outbox(s.parentBEmail())[0]).isEqualTo(2);
    assertThat(fixtures.latestMailText(s.parentBEmail())).contains("jaaropgave");
    assertThat(invoiceNotifications(s.parentBAccount())).isEqualTo(2);
  }

  private void choose(UUID account, Channel channel) throws Exception {
    Caller.as(
        account,
        "PARENT",
        () -> {
          preferences.choose(Category.INVOICES_DOCUMENTS, channel);
          return null;
        });
  }

  /** The login address {@link SecondParent} gives the second parent of family A. */
  private static String partnerEmail(Scenario s) {
    return "ouder-a2-" + s.token().toLowerCase(Locale.ROOT) + "@test.example";
  }

  /** Starts the job as the service desk and waits for it to finish; its status. */
  private String run(Scenario s, JobKind kind, String parameter) throws Exception {
    // confirmed: the statements of this year, which has not ended, start only so
    long id = asDesk(s, () -> jobs.start(kind, parameter, true));
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> asDesk(s, () -> jobs.run(id)), run -> FINISHED.contains(run.status()))
        .status();
  }

  private long invoiceNotifications(UUID account) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(n) from PortalNotification n where n.accountId = :account"
                  + " and n.category = :category",
              Long.class)
          .setParameter("account", account)
          .setParameter("category", Category.INVOICES_DOCUMENTS)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  private static <T> T asDesk(Scenario s, Callable<T> action) throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
