package nl.ouderportaal.portal.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.diary.Photos;
import nl.ouderportaal.domain.messaging.GroupMessages;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Berichten': the messages of the groups of the parent's children (to everyone, and those between
 * this family and the group), newest first, and a message to a group.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

  private static final int SHOWN = 100;

  @Inject private GroupMessages messages;
  @Inject private Photos photos;
  @Inject private ExternalContext external;

  private List<GroupMessages.Message> shown;
  private Map<UUID, String> groups;
  private String group;
  private String text;

  @PostConstruct
  void load() {
    shown = messages.mine(SHOWN);
    groups = photos.groups();
    if (groups.size() == 1) {
      group = groups.keySet().iterator().next().toString();
    }
  }

  public String write() {
    if (group == null || group.isBlank()) {
      Messages.error("write:group", "message.groupRequired");
      return null;
    }
    UUID chosen;
    try {
      chosen = UUID.fromString(group);
    } catch (IllegalArgumentException notAGroup) {
      Messages.error("write:group", "message.groupRequired");
      return null;
    }
    try {
      messages.writeToGroup(chosen, text);
      Messages.info("message.sent");
      external.getFlash().setKeepMessages(true);
      return "/messages?faces-redirect=true";
    } catch (BusinessException refused) {
      Messages.error("write", refused);
      return null;
    }
  }

  public List<GroupMessages.Message> getMessages() {
    return shown;
  }

  public Map<UUID, String> getGroups() {
    return groups;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
