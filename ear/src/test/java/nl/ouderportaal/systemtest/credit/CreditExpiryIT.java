package nl.ouderportaal.systemtest.credit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.ouderportaal.domain.credit.CreditExpiry;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.Credits;
import nl.ouderportaal.domain.credit.MutationKind;
import nl.ouderportaal.domain.platform.Clocks;
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
 * Credits expire at the end of 31 December of their year, through the nightly expiry itself, run
 * for a chosen day: the ledger gets one expiry line for what was left, and still adds up to the
 * balance. Like the nightly run, it writes off this year's credit of every child in the database;
 * other tests grant credit for next year, or check theirs within their own test.
 */
@ExtendWith(ArquillianExtension.class)
public class CreditExpiryIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(CreditExpiryIT.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Credits")
  private Credits credits;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/CreditExpiry")
  private CreditExpiry expiry;

  @Inject private Fixtures fixtures;

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  private final int thisYear = LocalDate.now(Clocks.ZONE).getYear();
  private final LocalDate lastDayOfThisYear = LocalDate.of(thisYear, 12, 31);
  private final LocalDate newYearsDay = LocalDate.of(thisYear + 1, 1, 1);

  @Test
  public void creditOfAYearIsWrittenOffWhen31DecemberIsOverAndTheLedgerStillAddsUp()
      throws Exception {
    Scenario s = fixtures.scenario();
    change(s, s.childA1(), CreditType.DAYCARE_FLEX, thisYear, "10", "Contract");
    change(s, s.childA1(), CreditType.DAYCARE_FLEX, thisYear, "-2.5", "Te veel toegekend");

    expiry.expire(lastDayOfThisYear);

    assertThat(account(s.childA1(), CreditType.DAYCARE_FLEX, lastDayOfThisYear))
        .as("on 31 December itself the credit can still be spent")
        .satisfies(
            a -> {
              assertThat(a.balance()).isEqualByComparingTo("7.5");
              assertThat(a.expiryLines()).isZero();
            });

    expiry.expire(newYearsDay);

    assertThat(account(s.childA1(), CreditType.DAYCARE_FLEX, lastDayOfThisYear))
        .satisfies(
            a -> {
              assertThat(a.balance()).isEqualByComparingTo("0");
              assertThat(a.expiryLines()).isEqualTo(1);
              assertThat(a.expired()).isEqualByComparingTo("-7.5");
              assertThat(a.ledgerSum()).isEqualByComparingTo(a.balance());
            });
    assertThat(asDesk(s, () -> credits.ofChild(s.childA1())).changes())
        .as("the parents read the expiry in the history")
        .filteredOn(c -> c.kind() == MutationKind.EXPIRY)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.hours()).isEqualByComparingTo("-7.5");
              assertThat(c.type()).isEqualTo(CreditType.DAYCARE_FLEX);
            });
  }

  @Test
  public void runningTheExpiryAgainWritesNothingOffTwiceAndLeavesValidCreditsAlone()
      throws Exception {
    Scenario s = fixtures.scenario();
    change(s, s.childA1(), CreditType.DAYCARE_FLEX, thisYear, "8", "Contract");
    change(s, s.childA1(), CreditType.DAYCARE_FLEX, thisYear + 1, "4", "Contract volgend jaar");
    change(s, s.childB1(), CreditType.DAYCARE_FLEX, thisYear + 1, "6", "Contract volgend jaar");
    change(s, s.childA2(), CreditType.HOLIDAY, thisYear + 1, "3", "Vakantiepret");

    expiry.expire(newYearsDay);
    int second = expiry.expire(newYearsDay);

    assertThat(second).as("nothing is left to expire on the same day").isZero();
    assertThat(account(s.childA1(), CreditType.DAYCARE_FLEX, lastDayOfThisYear))
        .satisfies(
            a -> {
              assertThat(a.balance()).isEqualByComparingTo("0");
              assertThat(a.expiryLines()).isEqualTo(1);
              assertThat(a.ledgerSum()).isEqualByComparingTo("0");
            });
    LocalDate endOfNextYear = LocalDate.of(thisYear + 1, 12, 31);
    assertUntouched(account(s.childA1(), CreditType.DAYCARE_FLEX, endOfNextYear), "4");
    assertUntouched(account(s.childB1(), CreditType.DAYCARE_FLEX, endOfNextYear), "6");
    assertUntouched(account(s.childA2(), CreditType.HOLIDAY, endOfNextYear), "3");
    assertThat(asDesk(s, () -> credits.ofChild(s.childA1())).usable(CreditType.DAYCARE_FLEX))
        .isEqualByComparingTo("4");
  }

  private static void assertUntouched(Account account, String hours) {
    assertThat(account.balance()).isEqualByComparingTo(hours);
    assertThat(account.expiryLines()).isZero();
    assertThat(account.ledgerSum()).isEqualByComparingTo(hours);
  }

  /** A credit as the database holds it: the balance and what its ledger says. */
  private record Account(
      BigDecimal balance, BigDecimal ledgerSum, long expiryLines, BigDecimal expired) {}

  private Account account(UUID child, CreditType type, LocalDate validUntil) {
    EntityManager em = emf.createEntityManager();
    try {
      Object[] row =
          em.createQuery(
                  "select a.balance,"
                      + " (select sum(m.hours) from CreditMutation m where m.account = a),"
                      + " (select count(m) from CreditMutation m where m.account = a"
                      + " and m.kind = :expiry),"
                      + " (select coalesce(sum(m.hours), 0) from CreditMutation m"
                      + " where m.account = a and m.kind = :expiry)"
                      + " from CreditAccount a where a.child.id = :child and a.creditType = :type"
                      + " and a.validUntil = :until",
                  Object[].class)
              .setParameter("expiry", MutationKind.EXPIRY)
              .setParameter("child", child)
              .setParameter("type", type)
              .setParameter("until", validUntil)
              .getSingleResult();
      return new Account(
          (BigDecimal) row[0],
          (BigDecimal) row[1],
          ((Number) row[2]).longValue(),
          new BigDecimal(row[3].toString()));
    } finally {
      em.close();
    }
  }

  private void change(
      Scenario s, UUID child, CreditType type, int year, String hours, String reason)
      throws Exception {
    asDesk(
        s,
        () -> {
          credits.change(child, type, year, new BigDecimal(hours), reason);
          return null;
        });
  }

  private static <T> T asDesk(Scenario s, java.util.concurrent.Callable<T> action)
      throws Exception {
    return Caller.as(s.serviceDeskAccount(), "SERVICEDESK", action);
  }
}
