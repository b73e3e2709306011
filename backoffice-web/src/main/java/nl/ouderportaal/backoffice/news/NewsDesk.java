package nl.ouderportaal.backoffice.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.platform.BusinessException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 'Nieuws': the service desk writes news for one location or for all of them, with a newsletter (a
 * PDF) if there is one; below, everything published, newest first and paged in the boundary, to
 * change or withdraw. Who may do this, and what a valid item is, the boundary decides.
 */
@Named
@ViewScoped
public class NewsDesk implements Serializable {

  /** The choice 'Alle locaties' in the form. */
  static final String EVERYONE = "all";

  private static final String FORM = "news";

  @Inject private News news;
  @Inject private ExternalContext external;

  private List<News.Place> places;
  private News.Item editing;
  private String audience;
  private String title;
  private String text;

  /** The chosen file; a Part lives only during its request, so it is never kept with the view. */
  private transient Part file;

  private final LazyDataModel<News.Item> published =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) news.publishedCount();
        }

        @Override
        public List<News.Item> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return news.published(first, pageSize);
        }

        @Override
        public String getRowKey(News.Item item) {
          return item.id().toString();
        }
      };

  @PostConstruct
  void load() {
    places = news.places();
  }

  /**
   * Publishes the news, or saves the changes of the item being changed, and shows the page again
   * (after a redirect, so that reloading does not publish twice). On a refusal everything typed
   * stays; a chosen file has to be chosen again, which the page says.
   */
  public String save() {
    UUID location = null;
    if (editing == null) {
      if (audience == null || audience.isBlank()) {
        Messages.error(FORM + ":location", "news.audienceRequired");
        return null;
      }
      try {
        location = EVERYONE.equals(audience) ? null : UUID.fromString(audience);
      } catch (IllegalArgumentException notALocation) {
        Messages.error(FORM + ":location", "news.audienceRequired");
        return null;
      }
    }
    // a chosen file of 0 bytes counts as chosen (ChosenFiles): the boundary refuses it
    boolean withFile = file != null;
    try (InputStream content = withFile ? file.getInputStream() : null) {
      String fileName = withFile ? file.getSubmittedFileName() : null;
      long size = withFile ? file.getSize() : -1;
      if (editing == null) {
        News.Published done = news.publish(location, title, text, fileName, size, content);
        Messages.info("news.published", done.parents());
      } else {
        news.revise(editing.id(), title, text, fileName, size, content);
        Messages.info("news.revisedDone");
      }
    } catch (BusinessException refused) {
      Messages.error(FORM, refused);
      if (withFile) {
        Messages.error(null, "news.nothingSaved");
      }
      return null;
    } catch (IOException unreadable) {
      Messages.error(FORM + ":file", "document.unreadable");
      return null;
    } finally {
      file = null;
    }
    external.getFlash().setKeepMessages(true);
    return "/news?faces-redirect=true";
  }

  /** Puts an item in the form to change its title, text or newsletter. */
  public void edit(News.Item item) {
    editing = item;
    audience = item.forEveryone() ? EVERYONE : item.locationId().toString();
    title = item.title();
    text = item.text();
  }

  /** Back to writing a new item; what was typed is dropped. */
  public void cancel() {
    editing = null;
    audience = null;
    title = null;
    text = null;
  }

  public void withdraw(News.Item item) {
    try {
      news.withdraw(item.id());
      Messages.info("news.withdrawnDone", item.title());
      if (editing != null && editing.id().equals(item.id())) {
        cancel();
      }
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public String when(Instant moment) {
    return Messages.dateTime(moment);
  }

  public LazyDataModel<News.Item> getPublished() {
    return published;
  }

  public List<News.Place> getPlaces() {
    return places;
  }

  public News.Item getEditing() {
    return editing;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
