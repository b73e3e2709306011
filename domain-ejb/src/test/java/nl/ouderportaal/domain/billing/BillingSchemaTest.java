package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import nl.ouderportaal.domain.platform.MigrateOnBoot;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What V6 promises whatever the code does: one invoice per family and month, one number per
 * organisation, year and sequence, one statement per child, year and care type. On the server's H2
 * with the real migrations; PostgreSQL is left to the system tests.
 */
class BillingSchemaTest {

  private Connection db;
  private final UUID organisation = UUID.randomUUID();
  private final UUID family = UUID.randomUUID();
  private final UUID child = UUID.randomUUID();
  private final UUID blob = UUID.randomUUID();

  @BeforeEach
  void freshDatabase() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:billing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);
    db = dataSource.getConnection();
    update(
        "insert into organisation (id, name, service_desk_email, service_desk_phone)"
            + " values (?, 'Opvang', 'sp@test.example', '030')",
        organisation);
    update(
        "insert into family (id, organisation_id, name, street, postal_code, city)"
            + " values (?, ?, 'Aalbers', 'Aweg 1', '3511 AA', 'Utrecht')",
        family,
        organisation);
    update(
        "insert into child (id, family_id, first_name, last_name, birth_date)"
            + " values (?, ?, 'Abel', 'Aalbers', date '2025-03-01')",
        child,
        family);
    update(
        "insert into blob (id, content_type, size_bytes, sha256, created_at, content)"
            + " values (?, 'application/pdf', 5, '', current_timestamp, X'255044462D')",
        blob);
  }

  @Test
  void aFamilyHasOneInvoiceForAMonth() throws SQLException {
    invoice("2026-05", 1);

    assertThatThrownBy(() -> invoice("2026-05", 2))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("INVOICE_FAMILY_PERIOD");
    invoice("2026-06", 2);
    assertThat(count("select count(*) from invoice")).isEqualTo(2);
  }

  @Test
  void anInvoiceNumberIsUsedOnceInAnOrganisationsYear() throws SQLException {
    invoice("2026-05", 1);
    UUID otherFamily = UUID.randomUUID();
    update(
        "insert into family (id, organisation_id, name, street, postal_code, city)"
            + " values (?, ?, 'Bakker', 'Bweg 2', '3511 BB', 'Utrecht')",
        otherFamily,
        organisation);

    assertThatThrownBy(() -> invoice(otherFamily, "2026-05", 1))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("INVOICE_NUMBER_UNIQUE");
  }

  @Test
  void aChildHasOneStatementPerYearAndCareType() throws SQLException {
    statement("DAYCARE");
    statement("OUT_OF_SCHOOL");

    assertThatThrownBy(() -> statement("DAYCARE"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ANNUAL_STATEMENT_UNIQUE");
  }

  @Test
  void aDocumentIsOfAKnownKind() {
    assertThatThrownBy(() -> document("PHOTO")).isInstanceOf(SQLException.class);
  }

  private void invoice(String period, int sequence) throws SQLException {
    invoice(family, period, sequence);
  }

  private void invoice(UUID familyId, String period, int sequence) throws SQLException {
    update(
        "insert into invoice (id, organisation_id, family_id, period, invoice_year,"
            + " invoice_sequence, invoice_date, organisation_name, debtor_name, street,"
            + " postal_code, city, total, status, created_at) values (?, ?, ?, ?, 2026, ?,"
            + " date '2026-06-01', 'Opvang', 'Aalbers', 'Aweg 1', '3511 AA', 'Utrecht', 481.80,"
            + " 'OPEN', current_timestamp)",
        UUID.randomUUID(),
        organisation,
        familyId,
        period,
        sequence);
  }

  private void statement(String careType) throws SQLException {
    UUID document = document("ANNUAL_STATEMENT");
    update(
        "insert into annual_statement (id, family_id, child_id, statement_year, care_type,"
            + " total_hours, total_amount, document_id, created_at)"
            + " values (?, ?, ?, 2026, ?, 528, 5781.60, ?, current_timestamp)",
        UUID.randomUUID(),
        family,
        child,
        careType,
        document);
  }

  private UUID document(String kind) throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "insert into document (id, family_id, kind, title, file_name, blob_id, created_at)"
            + " values (?, ?, ?, 'Jaaropgave', 'jaaropgave.pdf', ?, current_timestamp)",
        id,
        family,
        kind,
        blob);
    return id;
  }

  private void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
