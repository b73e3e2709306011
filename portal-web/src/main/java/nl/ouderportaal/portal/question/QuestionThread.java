package nl.ouderportaal.portal.question;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.domain.question.QuestionStatus;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.portal.platform.Messages;

/** One question: the thread from the first message down, a reply, and closing it. */
@Named
@ViewScoped
public class QuestionThread implements Serializable {

  @Inject private Questions questions;
  @Inject private ExternalContext external;

  private UUID id;
  private Questions.Detail question;
  private String text;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    question = questions.question(id);
  }

  /** Adds the parent's reply; after an answer the question waits for the service desk again. */
  public String reply() {
    try {
      questions.reply(id, text);
      Messages.info("question.replied");
      external.getFlash().setKeepMessages(true);
      external.getFlash().put("draftSent", getDraft());
      return again();
    } catch (BusinessException refused) {
      Messages.error("reply", refused);
      question = questions.question(id);
      return null;
    }
  }

  public String close() {
    try {
      questions.close(id);
      Messages.info("question.closedByYou");
      external.getFlash().setKeepMessages(true);
      return again();
    } catch (BusinessException refused) {
      Messages.error(null, refused);
      question = questions.question(id);
      return null;
    }
  }

  private String again() {
    return "/question?faces-redirect=true&id=" + id;
  }

  public boolean isClosed() {
    return question.question().status() == QuestionStatus.CLOSED;
  }

  /** The name of the draft the page keeps of a reply (see draft.js). */
  public String getDraft() {
    return "question-reply-" + id;
  }

  public Questions.Detail getQuestion() {
    return question;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
