package nl.ouderportaal.batch.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ouderportaal.domain.importing.FamilyImport;
import nl.ouderportaal.domain.importing.ImportRun;

/**
 * The families the check let through, each whole, in the order of the files. The checkpoint is the
 * number of families read: the families of a restarted run are those of the same files in the same
 * order, and storing is idempotent, so a family stored twice is found unchanged.
 */
@Named
@Dependent
public class FamiliesToImport extends AbstractItemReader {

  @Inject private ImportSteps steps;

  @Inject
  @BatchProperty(name = "upload")
  private String upload;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  private List<FamilyImport> families;
  private int read;

  @Override
  public void open(Serializable checkpoint) {
    families = ImportRun.families(steps.prepared(upload, organisation));
    read = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public FamilyImport readItem() {
    return read < families.size() ? families.get(read++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }
}
