package nl.ouderportaal.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The directions of ARCHITECTURE.md, for the domain module. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.ouderportaal.domain");

  @Test
  void theDomainKnowsNoWebModuleAndNoBatch() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "nl.ouderportaal.portal..", "nl.ouderportaal.backoffice..", "nl.ouderportaal.batch..")
        .check(CLASSES);
  }

  @Test
  void theDomainKnowsNoFaces() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
        .check(CLASSES);
  }

  @Test
  void featuresDoNotDependOnEachOtherInCircles() {
    slices().matching("nl.ouderportaal.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingDependsOnTheDemoData() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.ouderportaal.domain.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("nl.ouderportaal.domain.demo..")
        .check(CLASSES);
  }
}
