package nl.ouderportaal.domain.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs before every page of a web module (mapped in its web.xml): pages (not their scripts and
 * style sheets) are never stored by the browser or a proxy, so the back button after logging out
 * shows no data; and a {@code ?lang=en} or {@code ?lang=nl} link stores the language in a cookie
 * and shows the page again without it.
 */
public class PageFilter extends HttpFilter {

  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
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
    chain.doFilter(request, response);
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
