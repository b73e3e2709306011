package nl.ouderportaal.portal.news;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.news.News;

/**
 * 'Locatie': the news of the parent's locations and of the whole organisation, newest first, ten
 * items a page ({@code ?page=}).
 */
@Named
@RequestScoped
public class LocationNews {

  static final int PAGE_SIZE = 10;

  @Inject private News news;
  @Inject private ExternalContext external;

  private int page;
  private News.Page items;

  @PostConstruct
  void load() {
    try {
      page =
          Math.max(
              0, Integer.parseInt(external.getRequestParameterMap().getOrDefault("page", "0")));
    } catch (NumberFormatException notAPage) {
      page = 0;
    }
    items = news.mine(page * PAGE_SIZE, PAGE_SIZE);
  }

  public News.Page getItems() {
    return items;
  }

  public int getPage() {
    return page;
  }

  public boolean isHasNewer() {
    return page > 0;
  }

  public boolean isHasOlder() {
    return (long) (page + 1) * PAGE_SIZE < items.total();
  }
}
