package nl.ouderportaal.domain.notification;

/** What a notification is about; per category each person chooses how to hear about it. */
public enum Category {
  NEWS(Channel.PORTAL_AND_EMAIL),
  GROUP_MESSAGES(Channel.PORTAL),
  DIARY(Channel.PORTAL),
  REQUEST_DECISIONS(Channel.PORTAL_AND_EMAIL),
  INVOICES_DOCUMENTS(Channel.PORTAL_AND_EMAIL),
  /** the service desk answered a question of the family */
  QUESTIONS(Channel.PORTAL_AND_EMAIL);

  private final Channel defaultChannel;

  Category(Channel defaultChannel) {
    this.defaultChannel = defaultChannel;
  }

  /** The choice of someone who has not chosen yet. */
  public Channel defaultChannel() {
    return defaultChannel;
  }
}
