package nl.ouderportaal.backoffice.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.family.KeyFigures;

/**
 * What waits for the service desk (requests to review, open questions), for the menu's badges and
 * the dashboard: counted in one statement when a page first asks, at most once per request, and
 * only for the service desk (the pages only ask when the user has that role).
 */
@Named
@RequestScoped
public class WaitingWork {

  @Inject private KeyFigures figures;

  private KeyFigures.Waiting waiting;

  public long getRequests() {
    return counts().requests();
  }

  public long getQuestions() {
    return counts().questions();
  }

  /**
   * Kept from the moment the page is drawn: a count asked for earlier in the request (a menu item's
   * {@code rendered} is asked while the form is processed) would miss the decision the request is
   * about to make, and the badge would lag one action behind.
   */
  private KeyFigures.Waiting counts() {
    if (waiting != null) {
      return waiting;
    }
    KeyFigures.Waiting now = figures.waiting();
    if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      waiting = now;
    }
    return now;
  }
}
