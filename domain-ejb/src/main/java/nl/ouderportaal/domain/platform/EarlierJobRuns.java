package nl.ouderportaal.domain.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 10.1: links the job runs from before V10 to their organisation in {@code job_run}. The
 * batch job repository writes each job parameter on a line of its own as {@code name = value}, so a
 * run's organisation is found in its parameter text.
 *
 * <p>In Java rather than SQL because the repository's tables are not ours: the server creates them
 * at boot, before the migrations run, but a database without them (a unit test's, or one whose job
 * repository lives elsewhere) has no runs to link, and the migration then does nothing. Registered
 * by {@link MigrateOnBoot}.
 */
public class EarlierJobRuns implements JavaMigration {

  private static final String LINK =
      "insert into job_run (job_execution_id, job_name, organisation_id)"
          + " select e.jobexecutionid, i.jobname, o.id"
          + " from job_execution e"
          + " join job_instance i on i.jobinstanceid = e.jobinstanceid"
          + " join organisation o"
          + "   on position('organisation = ' || cast(o.id as varchar(36)) in e.jobparameters) > 0"
          + " where i.jobname in ('monthly-invoicing', 'annual-statements', 'diary-exports')"
          + " and not exists (select r.job_execution_id from job_run r"
          + "   where r.job_execution_id = e.jobexecutionid)";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("10.1");
  }

  @Override
  public String getDescription() {
    return "earlier job runs";
  }

  @Override
  public Integer getChecksum() {
    return LINK.hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!hasTable(connection, "job_execution") || !hasTable(connection, "job_instance")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(LINK);
    }
  }

  /** Whether the connection's schema has the table; PostgreSQL folds names to lower case, H2 up. */
  private static boolean hasTable(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet tables =
        metaData.getTables(
            connection.getCatalog(), connection.getSchema(), null, new String[] {"TABLE"})) {
      while (tables.next()) {
        if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
