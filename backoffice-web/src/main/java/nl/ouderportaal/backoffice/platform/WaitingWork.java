package nl.ouderportaal.backoffice.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.family.KeyFigures;

/**
 * What waits for the service desk (requests to review, open questions), for the menu's badges and
 * the dashboard: counted in one statement, at most twice per request (see {@link #counts()}), and
 * only for the service desk (the pages only ask when the user has that role).
 */
@Named
@RequestScoped
public class WaitingWork {

  @Inject private KeyFigures figures;

  private KeyFigures.Waiting waiting;
  private boolean countedWhileDrawing;

  public long getRequests() {
    return counts().requests();
  }

  public long getQuestions() {
    return counts().questions();
  }

  /**
   * Counted once while the form is processed (a menu item's {@code rendered} is asked in every
   * phase) and once more when the page is drawn: a count from before the action would miss the
   * decision the request is about to make, and the badge would lag one action behind.
   */
  private KeyFigures.Waiting counts() {
    boolean drawing =
        FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (waiting == null || (drawing && !countedWhileDrawing)) {
      waiting = figures.waiting();
      countedWhileDrawing = drawing;
    }
    return waiting;
  }
}
