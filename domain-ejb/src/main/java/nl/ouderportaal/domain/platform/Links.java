package nl.ouderportaal.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Addresses of pages, for links in mails: the public address of the site comes from {@code
 * APP_BASE_URL} (default {@code http://localhost:8080}).
 */
@ApplicationScoped
public class Links {

  private final String base;

  public Links() {
    String configured = System.getenv("APP_BASE_URL");
    String url =
        configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A page of the portal, e.g. {@code portal("/activate.xhtml?token=...")}. */
  public String portal(String page) {
    return base + "/portal" + page;
  }

  public String backoffice(String page) {
    return base + "/backoffice" + page;
  }
}
