package nl.ouderportaal.portal.care;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.care.CareRequests;
import nl.ouderportaal.portal.platform.Messages;

/** 'Aanvragenoverzicht': every request of the family with its status and lines. */
@Named
@RequestScoped
public class MyRequests {

  @Inject private CareRequests requests;

  private List<CareRequests.Overview> all;

  @PostConstruct
  void load() {
    all = requests.mine();
  }

  public List<CareRequests.Overview> getRequests() {
    return all;
  }

  /** Whether something of the request can still be cancelled (or withdrawn). */
  public boolean cancellable(CareRequests.Overview request) {
    return request.lines().stream().anyMatch(CareRequests.LineView::cancellable);
  }

  public String submitted(CareRequests.Overview request) {
    return Messages.dateTime(request.submittedAt());
  }
}
