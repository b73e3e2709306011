package nl.ouderportaal.domain.news;

import java.io.Serializable;
import nl.ouderportaal.domain.platform.BusinessException;

/**
 * The title and text of a news item as the service desk wrote them: trimmed, line ends as {@code
 * \n} (a browser sends {@code \r\n}, which would count twice against the limit), within their
 * limits. The text may be empty: a newsletter can say it all (see {@link #requireTextUnless}).
 */
public record NewsText(String title, String text) implements Serializable {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 5000;

  /**
   * @throws BusinessException {@code news.titleRequired}, {@code news.titleTooLong} or {@code
   *     news.textTooLong}, each about its field
   */
  public NewsText {
    title = title == null ? "" : title.strip();
    if (title.isEmpty()) {
      throw new BusinessException("news.titleRequired").on("title");
    }
    if (title.length() > MAX_TITLE) {
      throw new BusinessException("news.titleTooLong", MAX_TITLE).on("title");
    }
    text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.length() > MAX_TEXT) {
      throw new BusinessException("news.textTooLong", MAX_TEXT).on("text");
    }
    text = text.isEmpty() ? null : text;
  }

  public boolean hasText() {
    return text != null;
  }

  /**
   * A news item needs something to read: a text, or a newsletter.
   *
   * @throws BusinessException {@code news.textRequired} about the text field
   */
  public void requireTextUnless(boolean withNewsletter) {
    if (!hasText() && !withNewsletter) {
      throw new BusinessException("news.textRequired").on("text");
    }
  }
}
