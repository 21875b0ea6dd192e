package no.levehelelivet.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The examples are code to copy, so they use the library the way a vendor may: its public API. */
class ExamplesArchitectureTest {

  private static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.levehelelivet.examples");

  /** What a vendor must not reach: the library's internal packages and generated classes. */
  static final DescribedPredicate<JavaClass> BEHIND_THE_API =
      DescribedPredicate.describe(
          "an internal or generated class of the library",
          c ->
              c.getPackageName().startsWith("no.levehelelivet.")
                  && !c.getPackageName().startsWith("no.levehelelivet.examples")
                  && (c.getPackageName().contains(".internal")
                      || c.getSimpleName().startsWith("Immutable")));

  static ArchRule useOnlyThePublicApi() {
    return noClasses()
        .that()
        .resideInAPackage("no.levehelelivet.examples..")
        .should()
        .dependOnClassesThat(BEHIND_THE_API);
  }

  @Test
  void useOnlyThePublicApiOfTheLibrary() {
    useOnlyThePublicApi().check(EXAMPLES);
  }

  @Test
  void theRuleSeesAnExampleThatReachesBehindTheApi() {
    JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);

    assertThat(useOnlyThePublicApi().evaluate(leaky).getFailureReport().getDetails())
        .anyMatch(line -> line.contains("no.levehelelivet.core.internal.Echo"));
  }

  /** An example gone wrong: it echoes a value through the library's internal rule. */
  static final class Leaky {
    static String echo(String value) {
      return no.levehelelivet.core.internal.Echo.quote(value);
    }
  }
}
