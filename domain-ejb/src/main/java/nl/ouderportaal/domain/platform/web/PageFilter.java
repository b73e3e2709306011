package nl.ouderportaal.domain.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.platform.PerRequest;
import nl.ouderportaal.domain.platform.SqlStatements;

/**
 * Runs before every page of a web module (mapped in its web.xml): pages (not their scripts and
 * style sheets) are never stored by the browser or a proxy, so the back button after logging out
 * shows no data; a {@code ?lang=en} or {@code ?lang=nl} link stores the language in a cookie and
 * shows the page again without it; and a page asked for something that is not the caller's answers
 * 404. It also counts the SQL statements of each page request ({@link SqlStatements}).
 *
 * <p>A form sent with more than the Faces servlet's {@code max-request-size} (this filter's init
 * parameter of that name) is not read at all: the container would refuse it while reading the
 * parameters, with an error page that fails in turn (it reads them again). It is answered from its
 * Content-Length, before anything reads the body, with the page the form was on and {@link
 * #UPLOAD_TOO_LARGE} in the session, which that page shows as a message. A file alone larger than
 * the boundaries take reaches them, which refuse it with their message (the container has no
 * smaller limit per file), and the form keeps what was typed.
 */
public class PageFilter extends HttpFilter {

  /**
   * The session attribute that tells the next page that the last form was too large to read: the
   * limit in MB. The web module's Faces side turns it into a message, once.
   */
  public static final String UPLOAD_TOO_LARGE = "nl.ouderportaal.uploadTooLarge";

  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  private long maxRequestSize = -1;

  @Override
  public void init() throws ServletException {
    String max = getInitParameter("max-request-size");
    maxRequestSize = max == null ? -1 : Long.parseLong(max.strip());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (tooLargeToRead(request)) {
      request.getSession().setAttribute(UPLOAD_TOO_LARGE, maxRequestSize / (1024 * 1024));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", formPage(request));
      response.setHeader("Connection", "close");
      return;
    }
    String lang = request.getParameter("lang");
    if (lang != null && "GET".equals(request.getMethod())) {
      if (Language.supported(lang) != null) {
        Cookie cookie = new Cookie(Language.COOKIE, lang);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
      }
      response.sendRedirect(withoutLang(request));
      return;
    }
    if (!request.getServletPath().startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    SqlStatements.start();
    PerRequest.open();
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failed) {
      if (!notFound(failed) || response.isCommitted()) {
        throw failed;
      }
      // sendError drops what the page wrote; reset() would also drop the security headers that the
      // server's filters set before the page ran
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } finally {
      PerRequest.close();
      SqlStatements.end(request.getMethod(), request.getRequestURI() + query(request));
    }
  }

  private static String query(HttpServletRequest request) {
    return request.getQueryString() == null ? "" : "?" + request.getQueryString();
  }

  /**
   * Whether a page failed because what it shows does not exist or is not the caller's (a guessed id
   * in {@code ?id=}): that is a 404, like at the file servlets, not an error of ours.
   */
  static boolean notFound(Throwable failed) {
    for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  private boolean tooLargeToRead(HttpServletRequest request) {
    String type = request.getContentType();
    return maxRequestSize > 0
        && "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > maxRequestSize;
  }

  /**
   * The page the form was on: the Referer when it is a page of this web module (a postback's own
   * address lacks the page's query, such as {@code ?child=}), otherwise the module's start page.
   */
  static String formPage(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    String start = request.getContextPath() + "/";
    if (referer == null) {
      return start;
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      boolean sameServer =
          uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
      String path = uri.getRawPath();
      if (!sameServer || path == null || !path.startsWith(start)) {
        return start;
      }
      return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException notAnAddress) {
      return start;
    }
  }

  static String withoutLang(HttpServletRequest request) {
    StringBuilder query = new StringBuilder();
    if (request.getQueryString() != null) {
      for (String pair : request.getQueryString().split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("lang=") && !pair.equals("lang")) {
          query.append(query.length() == 0 ? "?" : "&").append(pair);
        }
      }
    }
    return request.getRequestURI() + query;
  }
}
