package nl.ouderportaal.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema comes from the Flyway migrations, and Hibernate accepted it (it only validates). */
@ExtendWith(ArquillianExtension.class)
public class MigrationsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(MigrationsIT.class);
  }

  @Resource(lookup = "java:global/ouderportaal/persistence")
  private EntityManagerFactory emf;

  @Test
  public void everyMigrationIsApplied() {
    EntityManager em = emf.createEntityManager();
    try {
      @SuppressWarnings("unchecked")
      List<Object[]> applied =
          em.createNativeQuery(
                  "select \"version\", \"success\" from \"flyway_schema_history\""
                      + " where \"version\" <> '0' order by \"installed_rank\"")
              .getResultList();
      assertThat(applied).extracting(row -> String.valueOf(row[0])).contains("1", "10", "10.1");
      assertThat(applied).allSatisfy(row -> assertThat(row[1]).isEqualTo(Boolean.TRUE));
    } finally {
      em.close();
    }
  }

  @Test
  public void everyEntityCanBeQueried() {
    EntityManager em = emf.createEntityManager();
    try {
      for (String entity :
          List.of(
              "Organisation",
              "Location",
              "Group",
              "StaffMember",
              "UserAccount",
              "Family",
              "Parent",
              "Child",
              "Placement",
              "Contract",
              "IssuedInvoice",
              "IssuedStatement",
              "InvoiceNumberSequence",
              "Document",
              "JobItemFailure",
              "DiaryExport",
              "JobRun")) {
        Long count =
            em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
        assertThat(count).as(entity).isNotNegative();
      }
    } finally {
      em.close();
    }
  }
}
