package nl.ouderportaal.domain.notification;

/** How someone wants to hear about a category. */
public enum Channel {
  NONE(false, false),
  PORTAL(true, false),
  EMAIL(false, true),
  PORTAL_AND_EMAIL(true, true);

  private final boolean portal;
  private final boolean email;

  Channel(boolean portal, boolean email) {
    this.portal = portal;
    this.email = email;
  }

  public boolean inPortal() {
    return portal;
  }

  public boolean byEmail() {
    return email;
  }
}
