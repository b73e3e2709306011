package nl.ouderportaal.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A problem kept with its upload reads back as it was found, its arguments with their types. */
class StoredProblemTest {

  @Test
  void theArgumentsOfAProblemComeBackWithTheirTypes() {
    List<Serializable> arguments =
        List.of("Zoë; \"De Vries\"", 12, 3_000_000_000L, LocalDate.of(2027, 1, 4), "");
    ImportProblem problem =
        new ImportProblem("gezinnen.csv", 3, "ouder1_email", "import.email", arguments);

    ImportProblem read = new StoredProblem(UUID.randomUUID(), 0, problem).problem();

    assertThat(read).isEqualTo(problem);
    assertThat(read.arguments()).containsExactlyElementsOf(arguments);
  }

  @Test
  void aProblemWithoutArgumentsHasNone() {
    assertThat(StoredProblem.decode(StoredProblem.encode(List.of()))).isEmpty();
  }
}
