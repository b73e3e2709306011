package nl.ouderportaal.domain.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of a page: Dutch unless the visitor chose English (a cookie) or, before any choice,
 * the browser asks for English first. Pages use {@code #{language.locale}}.
 */
@Named
@RequestScoped
public class Language {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final String COOKIE = "lang";
  private static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

  @Inject private HttpServletRequest request;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      // without an Accept-Language header the container reports its own default: ignore that
      List<Locale> browser =
          request.getHeader("Accept-Language") == null
              ? List.of()
              : Collections.list(request.getLocales());
      locale = choose(cookieValue(), browser);
    }
    return locale;
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public boolean isDutch() {
    return DUTCH.getLanguage().equals(getTag());
  }

  static Locale choose(String cookie, List<Locale> browser) {
    Locale chosen = supported(cookie);
    if (chosen != null) {
      return chosen;
    }
    for (Locale asked : browser) {
      Locale match = supported(asked.getLanguage());
      if (match != null) {
        return match;
      }
    }
    return DUTCH;
  }

  static Locale supported(String tag) {
    if (tag == null) {
      return null;
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(null);
  }

  private String cookieValue() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
