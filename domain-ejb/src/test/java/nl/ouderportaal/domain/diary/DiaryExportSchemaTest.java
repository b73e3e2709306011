package nl.ouderportaal.domain.diary;

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
 * What V7 promises whatever the code does: one export per child, each its own document, and never
 * an empty one. On the server's H2 with the real migrations; PostgreSQL is left to the system
 * tests.
 */
class DiaryExportSchemaTest {

  private Connection db;
  private final UUID family = UUID.randomUUID();
  private final UUID child = UUID.randomUUID();
  private final UUID blob = UUID.randomUUID();

  @BeforeEach
  void freshDatabase() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:diary-export-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);
    db = dataSource.getConnection();
    UUID organisation = UUID.randomUUID();
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
  void aChildHasOneExport() throws SQLException {
    export(child, document(), 3);

    assertThatThrownBy(() -> export(child, document(), 4))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("DIARY_EXPORT_CHILD");
    assertThat(count("select count(*) from diary_export")).isEqualTo(1);
  }

  @Test
  void twoExportsDoNotShareADocument() throws SQLException {
    UUID document = document();
    export(child, document, 3);
    UUID sibling = UUID.randomUUID();
    update(
        "insert into child (id, family_id, first_name, last_name, birth_date)"
            + " values (?, ?, 'Ada', 'Aalbers', date '2023-03-01')",
        sibling,
        family);

    assertThatThrownBy(() -> export(sibling, document, 2))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("DIARY_EXPORT_DOCUMENT");
  }

  @Test
  void anEmptyExportIsNoExport() {
    assertThatThrownBy(() -> export(child, document(), 0))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("DIARY_EXPORT_COUNTS");
  }

  private void export(UUID childId, UUID document, int entries) throws SQLException {
    update(
        "insert into diary_export (id, child_id, document_id, care_end, entry_count,"
            + " photo_count, made_at) values (?, ?, ?, date '2026-11-27', ?, 0, current_timestamp)",
        UUID.randomUUID(),
        childId,
        document,
        entries);
  }

  private UUID document() throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "insert into document (id, family_id, kind, title, file_name, blob_id, created_at,"
            + " visible_until) values (?, ?, 'DIARY_EXPORT', 'Dagboek van Abel',"
            + " 'dagboek-abel.pdf', ?, current_timestamp, date '2027-01-22')",
        id,
        family,
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
