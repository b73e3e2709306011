package nl.ouderportaal.backoffice.platform;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import nl.ouderportaal.domain.platform.web.PageFilter;

/**
 * Shows, once, on the page a form was sent from, that the form was too large to read: the page
 * filter answered it without reading it and left {@link PageFilter#UPLOAD_TOO_LARGE} (the limit in
 * MB) in the session. Registered in faces-config.xml.
 */
public class TooLargeUploads implements PhaseListener {

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
      Messages.error(null, "upload.tooLarge", megabytes);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
