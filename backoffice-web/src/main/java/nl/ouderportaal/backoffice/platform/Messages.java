package nl.ouderportaal.backoffice.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.ouderportaal.domain.platform.BusinessException;

/** Messages for the user, in their language, from the portal's resource bundle. */
public final class Messages {

  private static final String BUNDLE = "nl.ouderportaal.backoffice.i18n.messages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }

  /** An error for one field (its client id), or for the page when {@code clientId} is null. */
  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** The message of a refused use case. */
  public static void error(BusinessException refused) {
    error(null, refused.messageKey(), refused.arguments().toArray());
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
