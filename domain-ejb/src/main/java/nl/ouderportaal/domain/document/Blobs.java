package nl.ouderportaal.domain.document;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * The blob store: the content of every file (photos, documents) in table {@code blob} of the
 * application's database, so that a backup, a transaction and a second server node need nothing
 * else (ARCHITECTURE.md). It works in the caller's transaction: a photo and its diary entry are
 * stored together or not at all.
 *
 * <p>This is a store, not a boundary: it checks no access. Web modules do not call it; they ask the
 * boundary of the feature that owns the file (a diary entry, a document), which checks who may see
 * it and then streams from here.
 *
 * <p><b>Why plain JDBC and {@code bytea}.</b> The content goes through JDBC streams ({@code
 * setBinaryStream}, {@code getBinaryStream}) and is never a {@code byte[]} of ours, and no entity
 * maps the table, so Hibernate's schema validation has nothing to compare. An entity with a {@code
 * byte[]} would load every file whole into the persistence context, and {@code @Lob} means
 * different column types per dialect. The column is {@code bytea}: PostgreSQL's binary type, and in
 * H2 2.x a name for BINARY VARYING (up to 1 GB), so one migration serves both databases.
 * PostgreSQL's large objects ({@code oid}) would stream on the server side as well, but H2 has
 * none, they live outside the row (deleting a row leaves its large object behind until {@code
 * lo_unlink} or vacuumlo), and backups have to include them separately.
 *
 * <p>What the drivers do with the streams: PostgreSQL's driver spools a written stream to a
 * temporary file beyond 50 KB, but holds a {@code bytea} value it reads whole in memory while it is
 * copied to the output; H2 keeps BINARY VARYING values in memory. Both are fine for the sizes we
 * store (photos of a few hundred KB, documents of a few MB); a limit on uploads keeps it so.
 */
@Stateless
public class Blobs {

  private static final String INSERT =
      "insert into blob (id, content_type, size_bytes, sha256, created_at, content)"
          + " values (?, ?, 0, '', ?, ?)";
  private static final String MEASURED = "update blob set size_bytes = ?, sha256 = ? where id = ?";
  private static final String INFO =
      "select content_type, size_bytes, sha256, created_at from blob where id = ?";
  private static final String CONTENT = "select content from blob where id = ?";
  private static final String DELETE = "delete from blob where id = ?";

  @Resource(lookup = "java:jboss/datasources/AppDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  /** For the container. */
  public Blobs() {}

  /** For tests, on a data source of their own. */
  Blobs(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores the content, read to its end, and returns its new id. The size and SHA-256 are measured
   * while the driver reads the stream, and only known after the insert; so they are filled in by a
   * second statement on the same row, in the same transaction.
   */
  public UUID store(String contentType, InputStream content) {
    Objects.requireNonNull(content, "content");
    if (contentType == null || contentType.isBlank() || contentType.length() > 100) {
      throw new IllegalArgumentException("a content type of 1 to 100 characters: " + contentType);
    }
    UUID id = UUID.randomUUID();
    MeasuredContent measured = new MeasuredContent(content);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setObject(1, id);
        insert.setString(2, contentType);
        insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        insert.setBinaryStream(4, measured);
        insert.executeUpdate();
      }
      if (!measured.isComplete()) {
        throw new IllegalStateException("The driver did not read the content to its end");
      }
      try (PreparedStatement update = connection.prepareStatement(MEASURED)) {
        update.setLong(1, measured.size());
        update.setString(2, measured.sha256());
        update.setObject(3, id);
        update.executeUpdate();
      }
    } catch (SQLException e) {
      throw new EJBException("Storing a blob failed", e);
    }
    return id;
  }

  /** Content type, size and SHA-256 of a blob, without reading its content. */
  public Optional<BlobInfo> info(UUID id) {
    Objects.requireNonNull(id, "id");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(INFO)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new BlobInfo(
                id,
                row.getString(1),
                row.getLong(2),
                row.getString(3),
                row.getObject(4, OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw new EJBException("Reading a blob's info failed", e);
    }
  }

  /**
   * Copies the content of a blob to {@code out}, for instance a servlet's response.
   *
   * @throws NotFoundException when there is no such blob
   * @throws UncheckedIOException when writing fails, e.g. because the browser went away
   */
  public void streamTo(UUID id, OutputStream out) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(out, "out");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CONTENT)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException();
        }
        try (InputStream content = row.getBinaryStream(1)) {
          content.transferTo(out);
        }
      }
    } catch (SQLException e) {
      throw new EJBException("Reading a blob failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Sending a blob failed", e);
    }
  }

  /**
   * Deletes a blob; deleting one that is gone already does nothing, so a purge can be repeated.
   * Rows that refer to the blob must be gone first: an entity removed through JPA in the same
   * transaction is only deleted at the flush, so flush before calling this.
   */
  public void delete(UUID id) {
    Objects.requireNonNull(id, "id");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE)) {
      delete.setObject(1, id);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new EJBException("Deleting a blob failed", e);
    }
  }
}
