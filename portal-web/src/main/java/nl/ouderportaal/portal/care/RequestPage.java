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

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    request = requests.request(id);
  }

  public void cancel(CareRequests.LineView line) {
    try {
      requests.cancel(line.id());
      Messages.info("request.cancelled", line.childName(), Messages.shortDay(line.day()));
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
    request = requests.request(id);
  }

  public CareRequests.Overview getRequest() {
    return request;
  }
}
