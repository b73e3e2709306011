package nl.ouderportaal.domain.family;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A family as a row of the service desk's family table. */
public record FamilyRow(
    UUID id, String name, String city, List<String> parents, List<String> children)
    implements Serializable {

  public String parentNames() {
    return String.join(", ", parents);
  }

  public String childNames() {
    return String.join(", ", children);
  }
}
