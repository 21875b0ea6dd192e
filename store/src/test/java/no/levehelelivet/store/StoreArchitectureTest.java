package no.levehelelivet.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store's public packages show nothing internal or generated in a public signature, the store
 * names no Jackson type (its definitions go through the codec's API), and the JDBC store uses plain
 * {@code java.sql}: no driver's type.
 */
class StoreArchitectureTest {

  private static final JavaClasses STORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.levehelelivet.store");

  @Test
  void noPublicSignatureNamesAnInternalOrGeneratedType() {
    classes()
        .that()
        .resideInAnyPackage("no.levehelelivet.store", "no.levehelelivet.store.jdbc")
        .and()
        .arePublic()
        .should(showNoImplementationType())
        .allowEmptyShould(false)
        .check(STORE);
  }

  @Test
  void theStoreNamesNoJacksonTypeAndNoDriver() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.h2..", "org.postgresql..")
        .check(STORE);
  }

  private static ArchCondition<JavaClass> showNoImplementationType() {
    return new ArchCondition<>("show no internal or generated type in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaType> shown = new ArrayList<>();
        type.getRawSuperclass().ifPresent(shown::add);
        shown.addAll(type.getInterfaces());
        for (JavaField field : type.getFields()) {
          if (isExported(field.getModifiers())) {
            shown.add(field.getType());
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isExported(unit.getModifiers())) {
            shown.add(unit.getReturnType());
            shown.addAll(unit.getParameterTypes());
            unit.getThrowsClause().getTypes().forEach(shown::add);
          }
        }
        for (JavaType javaType : shown) {
          for (JavaClass involved : javaType.getAllInvolvedRawTypes()) {
            String pkg = involved.getPackageName();
            boolean internal = pkg.contains(".internal");
            boolean generated = involved.getSimpleName().startsWith("Immutable");
            if (pkg.startsWith("no.levehelelivet") && (internal || generated)) {
              events.add(
                  SimpleConditionEvent.violated(
                      type, type.getName() + " shows " + involved.getName()));
            }
          }
        }
      }
    };
  }

  private static boolean isExported(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
