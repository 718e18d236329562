package uk.oic.actionplan;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the application depend on each other in one direction only: a cycle
 * between two features means neither can be read, changed or tested without the other. Shared,
 * feature-neutral pieces live in {@code uk.oic.actionplan.kernel}.
 */
class ArchitectureTest {

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.oic.actionplan");
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("uk.oic.actionplan.(*)..").should().beFreeOfCycles().check(mainClasses);
  }
}
