package nl.ouderportaal.portal.family;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.family.ChildSummary;
import nl.ouderportaal.domain.family.Children;

/** 'Mijn kind': the parent's own children, with their age, group and location. */
@Named
@RequestScoped
public class MyChildren {

  @Inject private Children children;

  private List<ChildSummary> mine;

  @PostConstruct
  void load() {
    mine = children.ofMyFamily();
  }

  public List<ChildSummary> getChildren() {
    return mine;
  }
}
