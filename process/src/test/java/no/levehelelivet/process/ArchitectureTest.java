package no.levehelelivet.process;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The process module's layering, kept by tests as the style guide asks. */
class ArchitectureTest {

  private static final JavaClasses PROCESS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(classesOf(ProcessDefinition.class));

  /** The directory (or jar) the module's classes were loaded from; faster than a package scan. */
  private static java.nio.file.Path classesOf(Class<?> type) {
    try {
      return java.nio.file.Path.of(
          type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void importsTheWholeModule() {
    org.assertj.core.api.Assertions.assertThat(
            PROCESS.containPackage("no.levehelelivet.process.journal"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(PROCESS.size()).isGreaterThan(60);
  }

  @Test
  void dependsOnlyOnCoreGuavaJspecifyAndTheJdk() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "no.levehelelivet.core..",
            "no.levehelelivet.process..",
            "com.google.common..",
            "org.jspecify.annotations..",
            "java..",
            // compile-time only: annotations Immutables leaves in the bytecode (provided scope)
            "org.immutables.value..",
            "com.google.errorprone.annotations..")
        .check(PROCESS);
  }

  @Test
  void neverReachesIntoTheCoreModulesInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("no.levehelelivet.core.internal..")
        .check(PROCESS);
  }

  @Test
  void exposesNoInternalTypeInAPublicSignature() {
    DescribedPredicate<JavaClass> internal =
        DescribedPredicate.describe(
            "an internal type", c -> c.getPackageName().contains(".internal"));
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(
            new ArchCondition<JavaMethod>("not expose internal types") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                boolean exposes =
                    internal.test(method.getRawReturnType())
                        || method.getRawParameterTypes().stream().anyMatch(internal);
                events.add(new SimpleConditionEvent(method, !exposes, method.getFullName()));
              }
            })
        .check(PROCESS);
  }

  @Test
  void keepsTheJournalAndDiagramsFreeOfTheEngineInternals() {
    noClasses()
        .that()
        .resideInAPackage("no.levehelelivet.process.journal..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("no.levehelelivet.process")
                .and(
                    DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ProcessStatus.class))))
        .check(PROCESS);
  }

  @Test
  void keepsGeneratedImmutablesClassesPackagePrivate() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .and()
        .areTopLevelClasses()
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(PROCESS);
  }
}
