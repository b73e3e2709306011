package nl.ouderportaal.backoffice.importing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ouderportaal.backoffice.platform.Messages;
import nl.ouderportaal.domain.family.Invitations;
import nl.ouderportaal.domain.importing.ImportProblem;
import nl.ouderportaal.domain.importing.ImportUpload;
import nl.ouderportaal.domain.importing.Imports;
import nl.ouderportaal.domain.platform.BusinessException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 'Organisatie importeren': the files are uploaded and checked at once; the page shows what the
 * check found, page by page, and then imports everything or only the families without problems.
 * While a check or an import runs, the page follows it.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  @Inject private Imports imports;
  @Inject private Invitations invitations;

  private transient List<Part> files;
  private Imports.UploadView latest;

  private final LazyDataModel<ImportProblem> problems =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return latest == null || latest.problemCount() == null ? 0 : latest.problemCount();
        }

        @Override
        public List<ImportProblem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return latest == null ? List.of() : imports.problems(latest.id(), first, pageSize);
        }

        @Override
        public String getRowKey(ImportProblem problem) {
          return problem.file()
              + ":"
              + problem.line()
              + ":"
              + problem.column()
              + ":"
              + problem.messageKey();
        }
      };

  @PostConstruct
  void load() {
    latest = imports.latest().orElse(null);
  }

  /** Reads the latest upload again, while its check or import runs. */
  public void refresh() {
    load();
  }

  public void upload() {
    List<Imports.Upload> uploads = new ArrayList<>();
    try {
      if (files != null) {
        for (Part file : files) {
          String name = file.getSubmittedFileName();
          if (file.getSize() > 0 || (name != null && !name.isBlank())) {
            uploads.add(new Imports.Upload(name, file.getSize(), file.getInputStream()));
          }
        }
      }
      imports.upload(uploads);
      Messages.info("import.uploaded");
      load();
    } catch (BusinessException refused) {
      Messages.error("importForm", refused);
    } catch (IOException | UncheckedIOException unreadable) {
      Messages.error("importForm:files", "document.unreadable");
    } finally {
      files = null;
    }
  }

  public void importAll() {
    start(false);
  }

  public void importClean() {
    start(true);
  }

  private void start(boolean onlyClean) {
    try {
      imports.importUpload(latest.id(), onlyClean);
      Messages.info("import.started");
      load();
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  public void inviteDue() {
    try {
      int invited = invitations.inviteAllDue();
      Messages.info("import.invited", invited);
    } catch (BusinessException refused) {
      Messages.error(null, refused);
    }
  }

  /** A problem in the user's words. */
  public String text(ImportProblem problem) {
    return Messages.text(problem.messageKey(), problem.arguments().toArray());
  }

  public String when(java.time.Instant moment) {
    return Messages.dateTime(moment);
  }

  /** Whether a check or an import of the latest upload still runs: the page follows it. */
  public boolean isBusy() {
    return latest != null
        && (latest.status() == ImportUpload.Status.UPLOADED
            || latest.status() == ImportUpload.Status.IMPORTING);
  }

  public boolean isImportable() {
    return latest != null
        && latest.isChecked()
        && !isBusy()
        && latest.status() != ImportUpload.Status.IMPORTED;
  }

  public Imports.UploadView getLatest() {
    return latest;
  }

  public LazyDataModel<ImportProblem> getProblems() {
    return problems;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
