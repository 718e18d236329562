package uk.oic.actionplan;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the application depend on each other in one direction only: a cycle
 * between two features means neither can be read, changed or tested without the other. Shared,
 * feature-neutral pieces live in {@code uk.oic.actionplan.kernel}; where a general package needs
 * something of a feature, it defines an interface the feature implements.
 */
class ArchitectureTest {

  private static final String FEATURES = "uk.oic.actionplan.(*)..";

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.oic.actionplan");
  }

  private static ArchRule freeOfCycles(String slicePattern) {
    return slices().matching(slicePattern).should().beFreeOfCycles();
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    freeOfCycles(FEATURES).check(mainClasses);
  }

  @Test
  void theKernelDependsOnNoFeature() {
    classes().that().resideInAPackage("uk.oic.actionplan.kernel..")
        .should().onlyDependOnClassesThat(
            resideInAPackage("uk.oic.actionplan.kernel..").or(resideOutsideOfPackage("uk.oic.actionplan..")))
        .check(mainClasses);
  }

  /**
   * Where a plan, an area or a recommendation stands is read from the read model: what the plans API, the
   * dashboard's reports and exports and the assurance loop's area check read may not mine the engine's
   * history (which stays for the "who did what and when" views).
   */
  @Test
  void businessStateIsReadFromTheReadModelNotTheEnginesHistory() {
    noClasses().that().haveFullyQualifiedName("uk.oic.actionplan.plan.PlanStatusService")
        .or().haveFullyQualifiedName("uk.oic.actionplan.dashboard.EngineDashboardData")
        .or().haveFullyQualifiedName("uk.oic.actionplan.assurance.LinkedAreaStatusReader")
        .or().haveFullyQualifiedName("uk.oic.actionplan.assurance.DashboardAssurance")
        .or().haveFullyQualifiedName("uk.oic.actionplan.readmodel.ReadModel")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.history..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
        .check(mainClasses);
  }

  @Test
  void theCheckSeesEveryFeatureAndNoTestClass() {
    assertThat(mainClasses.stream().map(JavaClass::getPackageName).distinct())
        .contains("uk.oic.actionplan.absence", "uk.oic.actionplan.area", "uk.oic.actionplan.assurance",
            "uk.oic.actionplan.calendar",
            "uk.oic.actionplan.dashboard",
            "uk.oic.actionplan.escalation", "uk.oic.actionplan.evidence", "uk.oic.actionplan.forms",
            "uk.oic.actionplan.identity", "uk.oic.actionplan.kernel", "uk.oic.actionplan.plan",
            "uk.oic.actionplan.readmodel",
            "uk.oic.actionplan.startup", "uk.oic.actionplan.tasklist", "uk.oic.actionplan.web");
    assertThat(mainClasses.stream().map(JavaClass::getName))
        .noneMatch(name -> name.endsWith("Test") || name.endsWith("IT") || name.contains(".architecture.fixture."));
  }

  @Test
  void aCycleBetweenTwoPackagesIsFound() {
    var fixture = new ClassFileImporter().importPackages("uk.oic.actionplan.architecture.fixture");
    assertThatThrownBy(() -> freeOfCycles("uk.oic.actionplan.architecture.fixture.(*)..").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected: Slice one -> ");
  }
}
