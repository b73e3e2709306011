package nl.ouderportaal.systemtest.news;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Properties;
import java.util.UUID;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Channel;
import nl.ouderportaal.domain.notification.Preferences;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.Scenario;

/**
 * News test data for tests that work from outside the server. Only in the news tests' deployments.
 *
 * <ul>
 *   <li>{@code GET news-fixtures/newsletter}: a new {@link Scenario} in which parent A chose to
 *       hear about news by e-mail only and parent B in the portal only, and then the service desk
 *       published a newsletter for the KDV. The scenario as text, with {@code newsItem}, {@code
 *       title} and {@code fileName}.
 * </ul>
 */
@WebServlet("/news-fixtures/*")
public class NewsFixtureServlet extends HttpServlet {

  @Inject private Fixtures fixtures;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/News")
  private News news;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Preferences")
  private Preferences preferences;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/newsletter".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Scenario s = fixtures.scenario();
    String title = "Nieuwsbrief mei " + s.token();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID item;
    try {
      choose(s.parentAAccount(), Channel.EMAIL);
      choose(s.parentBAccount(), Channel.PORTAL);
      item =
          Caller.as(
                  s.serviceDeskAccount(),
                  "SERVICEDESK",
                  () ->
                      news.publish(
                          kdv,
                          title,
                          "Met het programma van de zomer.",
                          "Nieuwsbrief mei.pdf",
                          -1,
                          new ByteArrayInputStream(NewsPdfs.newsletter(title))))
              .id();
    } catch (Exception e) {
      throw new IOException("the newsletter could not be published", e);
    }
    Properties extra = new Properties();
    extra.setProperty("newsItem", item.toString());
    extra.setProperty("title", title);
    extra.setProperty("fileName", "nieuwsbrief-mei.pdf");
    StringWriter out = new StringWriter();
    extra.store(out, null);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(s.toText() + out);
  }

  private void choose(UUID parent, Channel channel) throws Exception {
    Caller.as(
        parent,
        "PARENT",
        () -> {
          preferences.choose(Category.NEWS, channel);
          return null;
        });
  }
}
