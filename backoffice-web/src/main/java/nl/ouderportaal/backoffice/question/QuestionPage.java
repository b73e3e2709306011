package nl.ouderportaal.backoffice.question;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.question.QuestionQueue;
import nl.ouderportaal.domain.question.QuestionStatus;
import nl.ouderportaal.domain.question.Questions;

/**
 * One question for the service desk: the family (a link to its page), the thread, an answer the
 * parents will read, and closing it.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

  @Inject private QuestionQueue queue;
  @Inject private ExternalContext external;

  private UUID id;
  private Questions.Detail question;
  private String answer;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    question = queue.question(id);
  }

  /** Sends the answer; the page opens again with it in the thread. */
  public String answer() {
    try {
      queue.answer(id, answer);
      Messages.info("question.answered", question.question().familyName());
      external.getFlash().setKeepMessages(true);
      external.getFlash().put("draftSent", getDraft());
      return again();
    } catch (BusinessException refused) {
      Messages.error("answer", refused);
      question = queue.question(id);
      return null;
    }
  }

  public String close() {
    try {
      queue.close(id);
      Messages.info("question.closedByDesk");
      external.getFlash().setKeepMessages(true);
      return again();
    } catch (BusinessException refused) {
      Messages.error(null, refused);
      question = queue.question(id);
      return null;
    }
  }

  private String again() {
    return "/question?faces-redirect=true&id=" + id;
  }

  public String when(Instant moment) {
    return Messages.dateTime(moment);
  }

  public boolean isClosed() {
    return question.question().status() == QuestionStatus.CLOSED;
  }

  /** The name of the draft the page keeps of an answer (see draft.js). */
  public String getDraft() {
    return "answer-" + id;
  }

  public Questions.Detail getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
