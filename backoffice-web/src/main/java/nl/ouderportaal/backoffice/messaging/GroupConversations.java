package nl.ouderportaal.backoffice.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.messaging.GroupMessages;
import nl.ouderportaal.domain.messaging.GroupMessages.Message;
import nl.ouderportaal.domain.platform.BusinessException;
import org.primefaces.PrimeFaces;

/**
 * 'Berichten': the messages of a group worker's groups, newest first, with the parents' messages
 * that have no answer yet marked; a message to all parents of a group; an answer to one family.
 */
@Named
@ViewScoped
public class GroupConversations implements Serializable {

  /** A message, and whether it is a parent's that no one of the group answered since. */
  public record Line(Message message, boolean waiting) implements Serializable {}

  /** A group to write to. */
  public record Group(String id, String name) implements Serializable {}

  private static final int LATEST = 100;
  private static final String WRITE_FORM = "write";
  private static final String REPLY_FORM = "reply";

  @Inject private GroupMessages groupMessages;

  /** For the caller's groups: GroupMessages has no list of them. */
  @Inject private Photos photos;

  private Map<UUID, String> groups;
  private List<Group> groupChoices;
  private List<Line> lines;
  private long waiting;

  private String groupId;
  private String text;

  private Message replyingTo;
  private String answer;

  @PostConstruct
  void load() {
    groups = photos.groups();
    groupChoices =
        groups.entrySet().stream()
            .map(g -> new Group(g.getKey().toString(), g.getValue()))
            .toList();
    if (!groups.isEmpty()) {
      groupId = groups.keySet().iterator().next().toString();
    }
    reload();
  }

  /**
   * The list is newest first, so an answer is met before the message it answers: a parent's message
   * waits until the staff write to that family in that group after it.
   */
  private void reload() {
    Set<String> answered = new HashSet<>();
    lines =
        groupMessages.mine(LATEST).stream()
            .map(
                m -> {
                  String conversation = m.groupId() + "/" + m.familyId();
                  if (m.byStaff()) {
                    answered.add(conversation);
                    return new Line(m, false);
                  }
                  return new Line(m, m.familyId() != null && !answered.contains(conversation));
                })
            .toList();
    waiting = lines.stream().filter(Line::waiting).count();
  }

  /** Writes to every parent of the chosen group. */
  public void post() {
    try {
      groupMessages.post(UUID.fromString(groupId), null, text);
      Messages.info("messages.sent", groups.get(UUID.fromString(groupId)));
      text = null;
      reload();
    } catch (BusinessException refused) {
      Messages.error(WRITE_FORM, refused);
    }
  }

  /** Opens the answer to one family, for a parent's message. */
  public void startReply(Message message) {
    replyingTo = message;
    answer = null;
  }

  public void reply() {
    if (replyingTo == null) {
      return;
    }
    try {
      groupMessages.post(replyingTo.groupId(), replyingTo.familyId(), answer);
      Messages.info("messages.replied", replyingTo.familyName());
      replyingTo = null;
      answer = null;
      reload();
      PrimeFaces.current().ajax().addCallbackParam("closed", true);
    } catch (BusinessException refused) {
      Messages.error(REPLY_FORM, refused);
    }
  }

  public String when(Message message) {
    return Messages.dateTime(message.writtenAt());
  }

  public List<Group> getGroups() {
    return groupChoices;
  }

  public List<Line> getLines() {
    return lines;
  }

  public long getWaiting() {
    return waiting;
  }

  public String getGroupId() {
    return groupId;
  }

  public void setGroupId(String groupId) {
    this.groupId = groupId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Message getReplyingTo() {
    return replyingTo;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
