package nl.ouderportaal.domain.platform;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the schema up to date with the Flyway migrations before Hibernate validates it. A
 * Hibernate integrator rather than a startup bean, because Hibernate validates the schema while the
 * persistence unit starts, before any bean of ours runs.
 *
 * <p>The batch job repository and the EJB timer store create their own tables in the same schema at
 * boot, before this runs; so a schema that is not empty but has no Flyway history is taken as
 * version 0, and all our migrations still run. The one migration in Java ({@link EarlierJobRuns})
 * is named here rather than found by scanning the deployment's classes.
 */
public class MigrateOnBoot implements Integrator {

  private static final Logger LOG = System.getLogger(MigrateOnBoot.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    MigrateResult result = migrate(dataSource);
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /**
   * Brings the database to the newest version: every migration, the SQL ones and the Java ones, in
   * order. The one way to migrate, also for tests that make a database of their own (a test that
   * left out a Java migration would leave a database that a later start refuses).
   */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(MigrateOnBoot.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new EarlierJobRuns())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo
  }
}
