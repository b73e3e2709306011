package nl.ouderportaal.batch.importing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.batch.job.ItemFailures;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.importing.FamilyImport;
import nl.ouderportaal.domain.importing.ImportRun;
import nl.ouderportaal.domain.job.JobFailures;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Stores a chunk of families in one transaction of its own, so that their rows go to the database
 * in batches. When that fails (a family the check let through that the database still refuses),
 * each family of the chunk is stored alone, and the one that cannot be is kept as a failure with
 * the reason: nothing half of a family is stored, and the others go in (see {@link ItemFailures}
 * for why a writer keeps its failures itself).
 */
@Named
@Dependent
public class FamilyImportWriter extends AbstractItemWriter {

  @Inject private ImportRun importRun;
  @Inject private ImportSteps steps;
  @Inject private JobFailures failures;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "upload")
  private String upload;

  @Inject
  @BatchProperty(name = "organisation")
  private String organisation;

  @Override
  public void writeItems(List<Object> items) {
    ImportRun.Prepared prepared = steps.prepared(upload, organisation);
    List<FamilyImport> families = items.stream().map(FamilyImport.class::cast).toList();
    try {
      importRun.storeFamilies(prepared, families);
    } catch (RuntimeException chunkRefused) {
      for (FamilyImport family : families) {
        try {
          importRun.storeFamilies(prepared, List.of(family));
        } catch (RuntimeException refused) {
          ItemFailures.keep(
              failures,
              job,
              organisation,
              new ItemRefused(
                  JobItemFailure.ItemType.FAMILY,
                  null,
                  family.externalId(),
                  "job.failure.notStored",
                  ItemRefused.rootMessage(refused)));
        }
      }
    }
  }
}
