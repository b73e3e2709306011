package nl.ouderportaal.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.importing.ImportRun;
import nl.ouderportaal.domain.importing.Imports;

/**
 * Checks the upload and keeps what it found. Its exit status decides how the run goes on: CHECKED
 * ends a run that only checks; REFUSED fails a run that was to import everything while the files
 * have problems now; IMPORT goes on to store.
 */
@Named
@Dependent
public class ImportCheckStep extends AbstractBatchlet {

  @Inject private ImportSteps steps;
  @Inject private ImportRun importRun;

  @Inject
  @BatchProperty(name = "upload")
  private String upload;

  @Inject
  @BatchProperty(name = "mode")
  private String mode;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public String process() {
    ImportRun.Prepared prepared = steps.check(upload, organisation);
    Imports.Mode chosen = Imports.Mode.valueOf(mode);
    if (chosen == Imports.Mode.CHECK) {
      return "CHECKED";
    }
    if (chosen == Imports.Mode.IMPORT_ALL && !prepared.checked().isClean()) {
      importRun.refused(prepared);
      return "REFUSED";
    }
    return "IMPORT";
  }
}
