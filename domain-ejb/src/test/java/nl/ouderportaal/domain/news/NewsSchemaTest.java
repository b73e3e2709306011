package nl.ouderportaal.domain.news;

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
 * What V8 promises whatever the code does: every news item has something to read, a newsletter has
 * both its file and its name, and a parent has one read mark per item. On the server's H2 with the
 * real migrations; PostgreSQL is left to the system tests.
 */
class NewsSchemaTest {

  private Connection db;
  private final UUID organisation = UUID.randomUUID();
  private final UUID location = UUID.randomUUID();
  private final UUID author = UUID.randomUUID();
  private final UUID blob = UUID.randomUUID();

  @BeforeEach
  void freshDatabase() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:news-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);
    db = dataSource.getConnection();
    update(
        "insert into organisation (id, name, service_desk_email, service_desk_phone)"
            + " values (?, 'Hoera', 'sp@test.example', '030')",
        organisation);
    update(
        "insert into location (id, organisation_id, name, street, postal_code, city, lrk_number,"
            + " care_type) values (?, ?, 'De Boomhut', 'Biltstraat 1', '3572 BK', 'Utrecht',"
            + " '123456789', 'DAYCARE')",
        location,
        organisation);
    update(
        "insert into user_account (id, email, status, created_at, organisation_id)"
            + " values (?, 'sp@test.example', 'ACTIVE', current_timestamp, ?)",
        author,
        organisation);
    update(
        "insert into blob (id, content_type, size_bytes, sha256, created_at, content)"
            + " values (?, 'application/pdf', 5, '', current_timestamp, X'255044462D')",
        blob);
  }

  @Test
  void newsIsForOneLocationOrForAllWithATextANewsletterOrBoth() throws SQLException {
    item(location, "Zomerfeest op vrijdag", null, null);
    item(null, null, blob, "nieuwsbrief-maart.pdf");
    item(null, "In de nieuwsbrief van april", blob, "nieuwsbrief-april.pdf");

    assertThat(count("select count(*) from news_item where location_id is null")).isEqualTo(2);
  }

  @Test
  void anItemWithoutTextOrNewsletterIsRefused() {
    assertThatThrownBy(() -> item(location, null, null, null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("NEWS_ITEM_CONTENT");
  }

  @Test
  void aNewsletterHasItsFileAndItsName() {
    assertThatThrownBy(() -> item(location, "Tekst", blob, null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("NEWS_ITEM_NEWSLETTER");
    assertThatThrownBy(() -> item(location, "Tekst", null, "nieuwsbrief.pdf"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("NEWS_ITEM_NEWSLETTER");
  }

  @Test
  void aParentOpensAnItemOnceAsFarAsTheMarkIsConcerned() throws SQLException {
    UUID item = item(location, "Zomerfeest", null, null);
    read(item);

    assertThatThrownBy(() -> read(item)).isInstanceOf(SQLException.class);
    assertThat(count("select count(*) from news_read")).isEqualTo(1);
  }

  private UUID item(UUID location, String body, UUID newsletter, String fileName)
      throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "insert into news_item (id, organisation_id, location_id, title, body, published_at,"
            + " author_id, author_name, newsletter_blob_id, newsletter_file_name)"
            + " values (?, ?, ?, 'Nieuws', ?, current_timestamp, ?, 'Sara', ?, ?)",
        id,
        organisation,
        location,
        body,
        author,
        newsletter,
        fileName);
    return id;
  }

  private void read(UUID item) throws SQLException {
    update(
        "insert into news_read (news_item_id, account_id, read_at) values (?, ?, current_timestamp)",
        item,
        author);
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
