package no.levehelelivet.serialization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The codec's public API shows no Jackson type and nothing internal; layers point one way. */
class SerializationArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.levehelelivet");

  private static final ArchCondition<JavaClass> EXPOSE_NO_JACKSON_OR_INTERNAL_TYPE =
      new ArchCondition<>("expose no Jackson, wire or internal type in a public signature") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          for (JavaMember member : type.getMembers()) {
            if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
              continue;
            }
            member
                .getAllInvolvedRawTypes()
                .forEach(
                    used -> {
                      String name = used.getName();
                      if (name.startsWith("tools.jackson.")
                          || name.startsWith("com.fasterxml.jackson.")
                          || name.startsWith("no.levehelelivet.serialization.internal.")
                          || name.startsWith("no.levehelelivet.serialization.wire.")) {
                        events.add(
                            SimpleConditionEvent.violated(
                                member, member.getFullName() + " exposes " + name));
                      }
                    });
          }
        }
      };

  @Test
  void theCodecsPublicApiShowsNoJacksonType() {
    classes()
        .that()
        .resideInAPackage("no.levehelelivet.serialization")
        .and()
        .arePublic()
        .and(
            DescribedPredicate.describe(
                "are not the Jackson module",
                c -> !c.getSimpleName().equals("LeveHeleLivetModule")))
        .should(EXPOSE_NO_JACKSON_OR_INTERNAL_TYPE)
        .check(MAIN);
  }

  @Test
  void coreAndProcessDoNotUseJacksonOrSerialization() {
    noClasses()
        .that()
        .resideInAnyPackage("no.levehelelivet.core..", "no.levehelelivet.process..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..", "com.fasterxml.jackson..", "no.levehelelivet.serialization..")
        .check(MAIN);
  }

  @Test
  void theWireShapeDoesNotDependOnTheCodec() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "no.levehelelivet.serialization.wire..", "no.levehelelivet.serialization.internal..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameStartingWith("WireCodec")
        .check(MAIN);
  }
}
