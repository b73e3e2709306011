package nl.ouderportaal.domain.importing;

import java.util.List;
import java.util.Objects;

/**
 * Everything the files hold of one family: its row (null when the files only add to a family an
 * earlier import stored), its children, their contracts and placements. Stored as one whole, in one
 * transaction: nothing half of a family is ever stored.
 */
public record FamilyImport(
    String externalId,
    FamilyRow family,
    List<ChildRow> children,
    List<ContractRow> contracts,
    List<PlacementRow> placements) {

  public FamilyImport {
    Objects.requireNonNull(externalId, "externalId");
    children = List.copyOf(children);
    contracts = List.copyOf(contracts);
    placements = List.copyOf(placements);
  }
}
