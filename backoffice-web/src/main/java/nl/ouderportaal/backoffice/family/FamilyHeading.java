package nl.ouderportaal.backoffice.family;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.platform.NotFoundException;

/**
 * The family of a family page ({@code ?id=}) and its name, for the heading and the tabs that every
 * page of a family shares: Gezin, Tegoed, Documenten en facturen, Logboek. Each tab is a page of
 * its own, so that a page reads only what it shows.
 */
@Named
@ViewScoped
public class FamilyHeading implements Serializable {

  @Inject private Families families;
  @Inject private ExternalContext external;

  private UUID id;
  private String name;

  @PostConstruct
  void load() {
    id = idOf(external);
  }

  /** The family id of the page's request; a missing or malformed id is a page not found. */
  static UUID idOf(ExternalContext external) {
    try {
      return UUID.fromString(external.getRequestParameterMap().getOrDefault("id", ""));
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException();
    }
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    if (name == null) {
      name = families.name(id);
    }
    return name;
  }
}
