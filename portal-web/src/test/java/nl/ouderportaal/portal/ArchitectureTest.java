package nl.ouderportaal.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A web module reaches data only through the domain's boundaries and knows no other module. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.ouderportaal.portal");

  @Test
  void noEntityManager() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void noOtherWebModuleAndNoBatch() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.ouderportaal.backoffice..", "nl.ouderportaal.batch..")
        .check(CLASSES);
  }

  /**
   * Issuing invoices, exporting diaries and keeping job failures act for the organisation: only
   * jobs call them.
   */
  @Test
  void noBoundaryMeantForJobs() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("nl.ouderportaal.domain.billing.InvoiceRun")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("nl.ouderportaal.domain.diary.DiaryExports")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("nl.ouderportaal.domain.job.JobFailures")
        .check(CLASSES);
  }
}
