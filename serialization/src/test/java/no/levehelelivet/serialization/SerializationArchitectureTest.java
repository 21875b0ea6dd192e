package no.levehelelivet.serialization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The codec's public packages (the root and {@code jackson}) show nothing internal or generated in
 * a public signature, only {@code jackson} shows Jackson types, and layers point one way.
 *
 * <p>A public signature is what a caller's compiler sees of a public type: its superclass and
 * interfaces, its type parameters' bounds, and every public or protected field's type, method's and
 * constructor's parameter and return types and {@code throws} clause, type arguments included.
 */
class SerializationArchitectureTest {

  private static final String SERIALIZATION = "no.levehelelivet.serialization";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.levehelelivet");

  private static final DescribedPredicate<JavaClass> IN_A_PUBLIC_PACKAGE =
      DescribedPredicate.describe(
          "are in a public package of serialization",
          c ->
              c.getPackageName().startsWith(SERIALIZATION)
                  && !c.getPackageName().contains(".internal"));

  private static final DescribedPredicate<JavaClass> OUTSIDE_THE_JACKSON_PACKAGE =
      DescribedPredicate.describe(
          "are outside the jackson package",
          c -> !c.getPackageName().equals(SERIALIZATION + ".jackson"));

  @Test
  void noPublicSignatureNamesAnInternalOrGeneratedType() {
    classes()
        .that(IN_A_PUBLIC_PACKAGE)
        .and()
        .arePublic()
        .should(
            showInNoPublicSignature(
                "an internal or generated Immutables type",
                name ->
                    name.startsWith("no.levehelelivet.")
                        && (name.contains(".internal.")
                            || simpleName(name).startsWith("Immutable"))))
        .check(MAIN);
  }

  @Test
  void onlyTheJacksonPackageNamesJacksonTypes() {
    classes()
        .that(IN_A_PUBLIC_PACKAGE)
        .and(OUTSIDE_THE_JACKSON_PACKAGE)
        .and()
        .arePublic()
        .should(
            showInNoPublicSignature(
                "a Jackson type",
                name -> name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.")))
        .check(MAIN);
  }

  @Test
  void coreAndProcessDoNotUseJacksonOrSerialization() {
    noClasses()
        .that()
        .resideInAnyPackage("no.levehelelivet.core..", "no.levehelelivet.process..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", SERIALIZATION + "..")
        .check(MAIN);
  }

  @Test
  void theInternalsDoNotDependOnTheCodecOrTheJacksonModule() {
    noClasses()
        .that()
        .resideInAPackage(SERIALIZATION + ".internal..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameStartingWith("WireCodec")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(SERIALIZATION + ".jackson..")
        .check(MAIN);
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static ArchCondition<JavaClass> showInNoPublicSignature(
      String what, Predicate<String> forbidden) {
    return new ArchCondition<>("show " + what + " in no public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getSuperclass()
            .ifPresent(superclass -> check(type, "extends", superclass, forbidden, events));
        for (JavaType implemented : type.getInterfaces()) {
          check(type, "implements", implemented, forbidden, events);
        }
        for (JavaTypeVariable<JavaClass> variable : type.getTypeParameters()) {
          check(type, "has the type parameter", variable, forbidden, events);
        }
        for (JavaMember member : type.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)
              && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          if (member instanceof JavaField field) {
            check(member, "has the type", field.getType(), forbidden, events);
          } else if (member instanceof JavaCodeUnit unit) {
            check(member, "returns", unit.getReturnType(), forbidden, events);
            for (JavaType parameter : unit.getParameterTypes()) {
              check(member, "takes", parameter, forbidden, events);
            }
            for (ThrowsDeclaration<? extends JavaCodeUnit> thrown : unit.getThrowsClause()) {
              check(member, "throws", thrown.getRawType(), forbidden, events);
            }
            for (JavaTypeVariable<? extends JavaCodeUnit> variable : unit.getTypeParameters()) {
              check(member, "has the type parameter", variable, forbidden, events);
            }
          }
        }
      }

      private void check(
          Object owner,
          String relation,
          JavaType used,
          Predicate<String> forbidden,
          ConditionEvents events) {
        for (JavaClass raw : used.getAllInvolvedRawTypes()) {
          if (forbidden.test(raw.getName())) {
            String name =
                owner instanceof JavaMember member
                    ? member.getFullName()
                    : ((JavaClass) owner).getName();
            events.add(
                SimpleConditionEvent.violated(
                    owner, name + " " + relation + " " + used.getName() + ", " + raw.getName()));
          }
        }
      }
    };
  }
}
