package nl.ouderportaal.portal.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.portal.platform.Messages;

/** 'Documenten en jaaropgaven': the family's documents, newest first. */
@Named
@RequestScoped
public class MyDocuments {

  @Inject private Documents documents;

  private List<Documents.Line> all;

  @PostConstruct
  void load() {
    all = documents.mine();
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
}
