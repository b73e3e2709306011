package nl.ouderportaal.domain.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements that Hibernate sends ({@link SqlStatementCounter}) for each request of
 * a page (the page filter marks where a request starts and ends), so that a page that sends a query
 * per row shows up in a test rather than in production. Counting costs an increment per statement;
 * keeping what was counted, with the statements themselves, is for the system tests and benchmarks,
 * which start the server with {@code -Douderportaal.sql-count=true}.
 */
public final class SqlStatements {

  /** A request and the statements it sent. */
  public record Request(String method, String path, int statements, List<String> sql) {}

  private static final boolean KEEP = Boolean.getBoolean("ouderportaal.sql-count");
  private static final int KEPT = 300;
  private static final int SQL_LENGTH = 300;
  private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();
  private static final List<Request> LAST = new ArrayList<>();

  private SqlStatements() {}

  /** Hibernate sends a statement on this thread ({@link SqlStatementCounter}). */
  static void count(String sql) {
    List<String> sent = SENT.get();
    if (sent != null) {
      sent.add(KEEP ? sql.substring(0, Math.min(sql.length(), SQL_LENGTH)) : "");
    }
  }

  /** A request starts on this thread. */
  public static void start() {
    SENT.set(new ArrayList<>());
  }

  /** The request on this thread ends; returns the statements it sent. */
  public static int end(String method, String path) {
    List<String> sent = SENT.get();
    SENT.remove();
    int statements = sent == null ? 0 : sent.size();
    if (KEEP && sent != null) {
      synchronized (LAST) {
        if (LAST.size() == KEPT) {
          LAST.remove(0);
        }
        LAST.add(new Request(method, path, statements, List.copyOf(sent)));
      }
    }
    return statements;
  }

  /** The last requests counted, oldest first (only with {@code ouderportaal.sql-count}). */
  public static List<Request> last() {
    synchronized (LAST) {
      return List.copyOf(LAST);
    }
  }
}
