package nl.ouderportaal.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.news.News;

/**
 * How many news items are new to the parent, for the badge on 'Locatie' in the menu: counted when
 * the menu first asks, at most once per request.
 */
@Named
@RequestScoped
public class NewsBadge {

  @Inject private News news;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = news.newCount();
    }
    return count;
  }
}
