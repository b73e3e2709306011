package nl.ouderportaal.backoffice.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.question.QuestionQueue;

/**
 * How many questions wait for the service desk, for the menu's badge and the dashboard. Counted
 * when a page first asks, at most once per request, and only for the service desk (the pages only
 * ask when the user has that role).
 */
@Named
@RequestScoped
public class WaitingQuestions {

  @Inject private QuestionQueue queue;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = queue.waitingCount();
    }
    return count;
  }
}
