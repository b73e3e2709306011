package nl.ouderportaal.backoffice.document;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ouderportaal.backoffice.family.FamilyHeading;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.billing.Invoices;
import nl.ouderportaal.domain.document.DocumentKind;
import nl.ouderportaal.domain.document.Documents;
import nl.ouderportaal.domain.platform.BusinessException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The documents and invoices of the family on the family page, each paged in the boundary (a family
 * gathers an invoice a month for years), and the service desk's upload of another document (a
 * signed contract, say). The boundary decides what is a PDF and how large it may be; this only
 * hands it the file.
 */
@Named
@ViewScoped
public class FamilyDocuments implements Serializable {

  @Inject private Documents documents;
  @Inject private Invoices invoices;
  @Inject private FamilyHeading heading;

  private UUID familyId;

  private final LazyDataModel<Documents.Line> documentPages =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) documents.countOfFamily(familyId);
        }

        @Override
        public List<Documents.Line> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return documents.ofFamily(familyId, first, pageSize);
        }

        @Override
        public String getRowKey(Documents.Line line) {
          return line.id().toString();
        }
      };

  private final LazyDataModel<Invoices.Summary> invoicePages =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) invoices.countOfFamily(familyId);
        }

        @Override
        public List<Invoices.Summary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return invoices.ofFamily(familyId, first, pageSize);
        }

        @Override
        public String getRowKey(Invoices.Summary invoice) {
          return invoice.id().toString();
        }
      };
  private DocumentKind kind = DocumentKind.CONTRACT;
  private String title;
  private transient Part file;

  @PostConstruct
  void load() {
    familyId = heading.getId();
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("upload:file", "document.empty");
      return;
    }
    try (InputStream content = file.getInputStream()) {
      documents.upload(familyId, kind, title, file.getSubmittedFileName(), file.getSize(), content);
      Messages.info("document.uploaded", title);
      title = null;
    } catch (BusinessException refused) {
      Messages.error("upload", refused);
    } catch (IOException unreadable) {
      Messages.error("upload:file", "document.unreadable");
    } finally {
      file = null;
    }
  }

  public String date(Documents.Line line) {
    return Messages.date(line.createdAt());
  }

  /** The last day the parents see the document; empty for as long as they have access. */
  public String visibleUntil(Documents.Line line) {
    return Messages.date(line.visibleUntil());
  }

  public LazyDataModel<Documents.Line> getDocuments() {
    return documentPages;
  }

  public LazyDataModel<Invoices.Summary> getInvoices() {
    return invoicePages;
  }

  public DocumentKind[] getKinds() {
    return new DocumentKind[] {DocumentKind.CONTRACT, DocumentKind.OTHER};
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
