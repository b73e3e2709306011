package nl.ouderportaal.batch.importing;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.ouderportaal.domain.importing.ImportRun;

/**
 * What the steps of one import run share: the upload read and checked. The check step keeps it with
 * the run; a restarted run, which starts at the step that failed, checks again (against the
 * database as it is then).
 */
@Dependent
public class ImportSteps {

  @Inject private JobContext job;
  @Inject private ImportRun importRun;

  public ImportRun.Prepared prepared(String upload, String organisation) {
    if (job.getTransientUserData() instanceof ImportRun.Prepared prepared) {
      return prepared;
    }
    return check(upload, organisation);
  }

  public ImportRun.Prepared check(String upload, String organisation) {
    ImportRun.Prepared prepared =
        importRun.check(UUID.fromString(upload), UUID.fromString(organisation));
    job.setTransientUserData(prepared);
    return prepared;
  }
}
