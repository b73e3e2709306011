package nl.ouderportaal.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.importing.ImportRun;

/** Marks the upload imported, with how many of its families are stored. */
@Named
@Dependent
public class ImportFinishStep extends AbstractBatchlet {

  @Inject private ImportSteps steps;
  @Inject private ImportRun importRun;

  @Inject
  @BatchProperty(name = "upload")
  private String upload;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public String process() {
    return "IMPORTED " + importRun.finish(steps.prepared(upload, organisation));
  }
}
