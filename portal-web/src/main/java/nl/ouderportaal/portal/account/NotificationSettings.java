package nl.ouderportaal.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Channel;
import nl.ouderportaal.domain.notification.Preferences;
import nl.ouderportaal.portal.platform.Messages;

/** 'Notificaties': per category, in the portal, by e-mail, both, or none. */
@Named
@ViewScoped
public class NotificationSettings implements Serializable {

  /** One category and the choice for it (typed, so that Faces converts the choice itself). */
  public static class Choice implements Serializable {
    private final Category category;
    private Channel channel;

    Choice(Category category, Channel channel) {
      this.category = category;
      this.channel = channel;
    }

    public Category getCategory() {
      return category;
    }

    public Channel getChannel() {
      return channel;
    }

    public void setChannel(Channel channel) {
      this.channel = channel;
    }
  }

  @Inject private Preferences preferences;

  private List<Choice> choices;

  @PostConstruct
  void load() {
    choices =
        preferences.mine().entrySet().stream()
            .map(e -> new Choice(e.getKey(), e.getValue()))
            .toList();
  }

  public void save() {
    choices.forEach(choice -> preferences.choose(choice.getCategory(), choice.getChannel()));
    Messages.info("notifications.saved");
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public Channel[] getChannels() {
    return Channel.values();
  }
}
