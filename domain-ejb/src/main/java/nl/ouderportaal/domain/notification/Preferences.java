package nl.ouderportaal.domain.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.platform.CurrentUser;

/** The caller's own choices of how to hear about each category. */
@Stateless
public class Preferences {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /** Every category with the caller's choice, or its default. */
  public Map<Category, Channel> mine() {
    UUID account = currentUser.requireAccountId();
    Map<Category, Channel> choices = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      NotificationPreference chosen =
          em.find(NotificationPreference.class, new NotificationPreference.Key(account, category));
      choices.put(category, chosen == null ? category.defaultChannel() : chosen.channel());
    }
    return choices;
  }

  public void choose(Category category, Channel channel) {
    UUID account = currentUser.requireAccountId();
    NotificationPreference chosen =
        em.find(NotificationPreference.class, new NotificationPreference.Key(account, category));
    if (chosen == null) {
      em.persist(new NotificationPreference(account, category, channel));
    } else {
      chosen.choose(channel);
    }
  }
}
