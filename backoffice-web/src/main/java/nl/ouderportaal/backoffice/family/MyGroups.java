package nl.ouderportaal.backoffice.family;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;

/** A group worker's children: who is in their groups today. */
@Named
@RequestScoped
public class MyGroups {

  @Inject private Children children;

  private List<ChildSummary> placed;

  @PostConstruct
  void load() {
    placed = children.inMyGroups();
  }

  public List<ChildSummary> getChildren() {
    return placed;
  }
}
