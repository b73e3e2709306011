package nl.ouderportaal.portal.family;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.domain.family.Children;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.portal.platform.Messages;

/**
 * A child's page under Account: the child's data, contracts, and the consents with their history.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

  @Inject private Children children;
  @Inject private Consents consents;
  @Inject private ExternalContext external;

  private UUID id;
  private Children.Details details;
  private Map<ConsentPurpose, Boolean> chosen;
  private List<Consents.Change> history;

  @PostConstruct
  void load() {
    try {
      id = UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
    details = children.details(id);
    loadConsents();
  }

  private void loadConsents() {
    chosen = new EnumMap<>(consents.current(id));
    history = consents.history(id);
  }

  public void saveConsents() {
    try {
      for (Map.Entry<ConsentPurpose, Boolean> consent : chosen.entrySet()) {
        consents.change(id, consent.getKey(), Boolean.TRUE.equals(consent.getValue()));
      }
      loadConsents();
      Messages.info("consents.saved");
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public String when(Consents.Change change) {
    return Messages.dateTime(change.changedAt());
  }

  public ConsentPurpose[] getPurposes() {
    return ConsentPurpose.values();
  }

  public Children.Details getDetails() {
    return details;
  }

  public Map<ConsentPurpose, Boolean> getChosen() {
    return chosen;
  }

  public List<Consents.Change> getHistory() {
    return history;
  }

  public UUID getId() {
    return id;
  }
}
