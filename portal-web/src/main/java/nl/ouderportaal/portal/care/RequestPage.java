package nl.ouderportaal.portal.care;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * One request, from the agenda or the overview: its lines, and at the bottom of each line 'aanvraag
 * annuleren' while it can be cancelled, or until when it could.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

  @Inject private CareRequests requests;
  @Inject private ExternalContext external;

  private UUID id;
  private CareRequests.Overview request;
  private UUID confirming;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    request = requests.request(id);
  }

  /** The first tap on 'annuleren': asks whether the parent is sure, for this line only. */
  public void ask(CareRequests.LineView line) {
    confirming = line.id();
  }

  /** 'Nee, laat staan'. */
  public void keep() {
    confirming = null;
  }

  /** 'Ja, annuleer': the second tap cancels (or withdraws a request still waiting). */
  public void cancel(CareRequests.LineView line) {
    boolean waiting = isWaiting();
    try {
      requests.cancel(line.id());
      Messages.info(
          waiting
              ? "request.withdrawn"
              : line.payment() == nl.ouderportaal.domain.care.Payment.CREDIT
                  ? "request.cancelled"
                  : "request.cancelledInvoice",
          line.childName(),
          Messages.shortDay(line.day()));
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
    confirming = null;
    request = requests.request(id);
  }

  public boolean confirming(CareRequests.LineView line) {
    return line.id().equals(confirming);
  }

  /** Whether the request still waits for the service desk (then it is withdrawn, not cancelled). */
  public boolean isWaiting() {
    return request.status() == nl.ouderportaal.domain.care.RequestStatus.SUBMITTED;
  }

  public CareRequests.Overview getRequest() {
    return request;
  }
}
