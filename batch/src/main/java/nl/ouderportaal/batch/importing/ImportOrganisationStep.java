package nl.ouderportaal.batch.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ouderportaal.domain.importing.ImportRun;

/** Stores the locations and groups of the files, before the families that use them. */
@Named
@Dependent
public class ImportOrganisationStep extends AbstractBatchlet {

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
    importRun.storeOrganisation(steps.prepared(upload, organisation));
    return "STORED";
  }
}
