package no.levehelelivet.core;

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

class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.levehelelivet.core");

  @Test
  void coreDependsOnNoOtherModuleOfOurs() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "no.levehelelivet.process..",
            "no.levehelelivet.serialization..",
            "no.levehelelivet.examples..")
        .check(CORE);
  }

  @Test
  void coreDependsOnNoJacksonClass() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(CORE);
  }

  @Test
  void coreUsesOnlyTheJdkGuavaAndJSpecifyAtRunTime() {
    noClasses()
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are outside java, Guava, JSpecify, Immutables annotations and core",
                (JavaClass c) ->
                    !c.getPackageName().startsWith("java")
                        && !c.getPackageName().startsWith("com.google.common")
                        && !c.getPackageName().startsWith("com.google.errorprone.annotations")
                        && !c.getPackageName().startsWith("org.jspecify")
                        && !c.getPackageName().startsWith("org.immutables.value")
                        && !c.getPackageName().startsWith("no.levehelelivet.core")))
        .check(CORE);
  }

  @Test
  void noPublicSignatureExposesAnInternalType() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should(notExposeInternalTypes())
        .check(CORE);
  }

  private static ArchCondition<JavaMethod> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean exposes =
            isInternal(method.getRawReturnType())
                || method.getRawParameterTypes().stream().anyMatch(t -> isInternal(t));
        if (exposes && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " exposes an internal type"));
        }
      }
    };
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }
}
