package nl.ouderportaal.backoffice.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.family.KeyFigures;

/** The dashboard's live counts. */
@Named
@RequestScoped
public class Dashboard {

  @Inject private KeyFigures keyFigures;

  private KeyFigures.Figures figures;

  @PostConstruct
  void load() {
    figures = keyFigures.now();
  }

  public KeyFigures.Figures getFigures() {
    return figures;
  }
}
