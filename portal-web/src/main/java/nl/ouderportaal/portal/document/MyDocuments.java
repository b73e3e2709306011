package nl.ouderportaal.portal.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.billing.ContractConfirmations;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.portal.platform.Messages;

/**
 * 'Documenten en jaaropgaven': the confirmations of the children's contracts, then the family's
 * documents, each newest first.
 */
@Named
@RequestScoped
public class MyDocuments {

  @Inject private Documents documents;
  @Inject private ContractConfirmations confirmations;

  private List<ContractConfirmations.Line> contracts;
  private List<Documents.Line> all;

  @PostConstruct
  void load() {
    contracts = confirmations.mine();
    all = documents.mine();
  }

  public List<ContractConfirmations.Line> getContracts() {
    return contracts;
  }

  public List<Documents.Line> getDocuments() {
    return all;
  }

  public String date(Documents.Line document) {
    return Messages.date(document.createdAt());
  }

  /** The last day the document can be downloaded, or empty when it stays. */
  public String visibleUntil(Documents.Line document) {
    return Messages.date(document.visibleUntil());
  }

  /** E.g. "Vanaf 1 januari 2026, voor onbepaalde tijd" or "1 januari 2026 tot en met ...". */
  public String period(ContractConfirmations.Line contract) {
    return contract.end() == null
        ? Messages.text("contracts.from", Messages.date(contract.start()))
        : Messages.text(
            "contracts.fromTo", Messages.date(contract.start()), Messages.date(contract.end()));
  }
}
