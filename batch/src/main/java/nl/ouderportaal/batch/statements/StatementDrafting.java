package nl.ouderportaal.batch.statements;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.ouderportaal.batch.job.ItemRefused;
import nl.ouderportaal.domain.billing.AnnualStatement;
import nl.ouderportaal.domain.job.JobItemFailure;

/**
 * Makes a family's annual statements from its invoices: a pure function ({@link #draft}). A family
 * whose invoices hold no care of the year is filtered out.
 */
@Named
@Dependent
public class StatementDrafting implements ItemProcessor {

  @Override
  public DraftedStatements processItem(Object item) {
    return draft((FamilyYear) item);
  }

  public static DraftedStatements draft(FamilyYear family) {
    List<AnnualStatement> statements;
    try {
      statements = AnnualStatement.of(family.year(), family.invoices());
    } catch (IllegalArgumentException | IllegalStateException broken) {
      throw new ItemRefused(
          JobItemFailure.ItemType.FAMILY,
          family.familyId(),
          family.familyName(),
          "job.failure.invalidData",
          broken.getMessage());
    }
    return statements.isEmpty() ? null : new DraftedStatements(family, statements);
  }
}
