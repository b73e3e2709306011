package nl.ouderportaal.backoffice.platform;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import nl.ouderportaal.domain.platform.web.Language;
import nl.ouderportaal.domain.platform.web.PageFilter;

/**
 * Shows, once, on the page a form was sent from, that the form was too large to read: the page
 * filter answered it without reading it and left {@link PageFilter#UPLOAD_TOO_LARGE} (the limit in
 * MB) in the session. Registered in faces-config.xml.
 */
public class TooLargeUploads implements PhaseListener {

  @Inject private Language language;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    Object session = event.getFacesContext().getExternalContext().getSession(false);
    if (session instanceof HttpSession http
        && http.getAttribute(PageFilter.UPLOAD_TOO_LARGE) instanceof Long megabytes) {
      http.removeAttribute(PageFilter.UPLOAD_TOO_LARGE);
      // the page's f:view sets its language only while it is built, after this: the message would
      // be in the container's default language
      event.getFacesContext().getViewRoot().setLocale(language.getLocale());
      Messages.error(null, "upload.tooLarge", megabytes);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
