package nl.ouderportaal.domain.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/**
 * Tells someone about something the way they chose for its category: a notification in the portal,
 * a mail through the outbox, both, or nothing. In the transaction of the cause.
 */
@Dependent
public class Notifier {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Outbox outbox;

  /**
   * @param title the line shown in the portal
   * @param link the page of the portal it is about, relative to the portal (may be null)
   * @param template the mail template; its values are {@code values}
   */
  public void notify(
      Recipient recipient,
      Category category,
      String title,
      String link,
      String template,
      Map<String, String> values) {
    Channel channel = channelOf(recipient, category);
    if (channel.inPortal()) {
      em.persist(
          new PortalNotification(recipient.accountId(), category, title, link, clock.instant()));
    }
    if (channel.byEmail()) {
      outbox.queue(recipient.email(), recipient.language(), template, values);
    }
  }

  Channel channelOf(Recipient recipient, Category category) {
    NotificationPreference chosen =
        em.find(
            NotificationPreference.class,
            new NotificationPreference.Key(recipient.accountId(), category));
    return chosen == null ? category.defaultChannel() : chosen.channel();
  }
}
