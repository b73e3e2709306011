package nl.ouderportaal.domain.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page request may look up once and use in every use case it calls, such as the caller's
 * roles ({@link CurrentUser}): the page filter opens it at the start of a request and forgets it at
 * the end, so that the next request (a blocked account, a role taken away) reads afresh. Outside a
 * page request (a job, a timer, a test) nothing is kept and every lookup runs.
 */
public final class PerRequest {

  private static final ThreadLocal<Map<Object, Object>> KEPT = new ThreadLocal<>();

  private PerRequest() {}

  /** A page request starts on this thread. */
  public static void open() {
    KEPT.set(new HashMap<>());
  }

  /** The page request on this thread ends. */
  public static void close() {
    KEPT.remove();
  }

  /** The value kept under the key in this request, or the lookup's (kept when in a request). */
  @SuppressWarnings("unchecked")
  public static <T> T remember(Object key, Supplier<T> lookup) {
    Map<Object, Object> kept = KEPT.get();
    if (kept == null) {
      return lookup.get();
    }
    Object value = kept.get(key);
    if (value == null) {
      value = lookup.get();
      kept.put(key, value);
    }
    return (T) value;
  }

  /** Forgets a key, after a use case changed what it stands for. */
  public static void forget(Object key) {
    Map<Object, Object> kept = KEPT.get();
    if (kept != null) {
      kept.remove(key);
    }
  }
}
