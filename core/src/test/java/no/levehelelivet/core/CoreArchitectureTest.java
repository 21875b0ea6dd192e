package no.levehelelivet.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
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
  void noPublicSignatureNamesAnInternalGeneratedOrJacksonType() {
    PublicSignatures.RULE.check(CORE);
  }

  @Test
  void theSignatureRuleFailsOnEachKindOfLeak() {
    JavaClasses leaky =
        new ClassFileImporter().importClasses(LeakyFixture.class, LeakyFixture.Nested.class);
    EvaluationResult result = PublicSignatures.RULE.evaluate(leaky);
    assertThat(result.hasViolation()).isTrue();
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report)
        .contains(
            "LeakyFixture has supertype",
            "LeakyFixture.leakedField has type",
            "LeakyFixture.leakedReturn() has return type",
            "LeakyFixture.leakedTypeArgument() has return type",
            "LeakyFixture.leakedParameter(",
            "LeakyFixture.leakedThrows() throws",
            "LeakyFixture(",
            "LeakyFixture$Nested has supertype no.levehelelivet.core.ImmutableMunicipality",
            "ImmutableMunicipality",
            "CoreMessages",
            "LeakedFailure")
        .doesNotContain("hidden", "packagePrivate");
  }
}
