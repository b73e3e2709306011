package nl.ouderportaal.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * One news item ({@code ?id=}), whole, with its newsletter; opening it takes away its 'nieuw'
 * marker. Loaded by the page's view action, before anything is rendered, so that an item the parent
 * may not read (another location's, a withdrawn one, a guessed id) answers 404, as its newsletter
 * does.
 */
@Named
@RequestScoped
public class NewsItemPage {

  @Inject private News news;
  @Inject private ExternalContext external;
  @Inject private FacesContext faces;

  private News.Item item;

  public void load() throws IOException {
    try {
      item = news.read(UUID.fromString(external.getRequestParameterMap().getOrDefault("id", "")));
    } catch (IllegalArgumentException | NotFoundException notTheirs) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public News.Item getItem() {
    return item;
  }
}
