package nl.ouderportaal.domain.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.ouderportaal.domain.platform.Links;

/**
 * Queues a mail in the transaction of the boundary that calls it; the {@link MailDispatcher} sends
 * it after the commit. The portal's address is always available to templates as {@code {{portal}}}.
 */
@Dependent
public class Outbox {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Links links;

  public void queue(
      String recipient, String language, String template, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("portal", links.portal("/"));
    em.persist(
        new OutboxMail(recipient, MailTemplates.render(template, language, all), clock.instant()));
  }
}
