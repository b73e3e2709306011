package nl.ouderportaal.portal.question;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.question.QuestionDraft;
import nl.ouderportaal.domain.question.Questions;
import nl.ouderportaal.domain.question.Topic;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Stel een vraag': a new question to the service desk, and the family's questions with where each
 * stands. A child's page opens it with {@code ?topic=CONTRACT_CHANGE&child=<id>} filled in.
 */
@Named
@ViewScoped
public class AskQuestion implements Serializable {

  /** The name of the draft the page keeps of the question's text (see draft.js). */
  static final String DRAFT = "question-new";

  @Inject private Questions questions;
  @Inject private Children children;
  @Inject private ExternalContext external;

  private List<Questions.Summary> mine;
  private List<ChildSummary> myChildren;

  private Topic topic;
  private String child;
  private String subject;
  private String text;

  @PostConstruct
  void load() {
    mine = questions.mine();
    myChildren = children.ofMyFamily();
    Map<String, String> asked = external.getRequestParameterMap();
    try {
      topic = asked.containsKey("topic") ? Topic.valueOf(asked.get("topic")) : null;
    } catch (IllegalArgumentException unknownTopic) {
      topic = null;
    }
    String childId = asked.get("child");
    if (myChildren.stream().anyMatch(c -> c.id().toString().equals(childId))) {
      child = childId;
    }
  }

  /** Sends the question; the parent sees it at once with its status. */
  public String ask() {
    try {
      UUID asked =
          questions.ask(
              new QuestionDraft(
                  topic, child == null ? null : UUID.fromString(child), subject, text));
      Messages.info("question.sent");
      external.getFlash().setKeepMessages(true);
      external.getFlash().put("draftSent", DRAFT);
      return "/question?faces-redirect=true&id=" + asked;
    } catch (BusinessException refused) {
      Messages.error("ask", refused);
      return null;
    }
  }

  public List<Questions.Summary> getMine() {
    return mine;
  }

  public List<ChildSummary> getChildren() {
    return myChildren;
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public String getChild() {
    return child;
  }

  public void setChild(String child) {
    this.child = child;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
