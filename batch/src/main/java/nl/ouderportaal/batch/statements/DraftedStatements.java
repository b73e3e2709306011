package nl.ouderportaal.batch.statements;

import java.util.List;
import nl.ouderportaal.domain.billing.AnnualStatement;

/** The statements of a family's children for the year, ready to be issued. */
public record DraftedStatements(FamilyYear family, List<AnnualStatement> statements) {

  public DraftedStatements {
    statements = List.copyOf(statements);
  }
}
