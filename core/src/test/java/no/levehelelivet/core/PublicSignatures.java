package no.levehelelivet.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The rule that a user of the library never meets an implementation type: no exported signature —
 * supertypes, public or protected fields, method and constructor parameters, return types, type
 * arguments and bounds, {@code throws} clauses — names a type of an {@code internal} package, a
 * class Immutables generated, or a Jackson type.
 */
final class PublicSignatures {

  /** Exported classes outside {@code internal} packages name no forbidden type. */
  static final ArchRule RULE =
      classes()
          .that(exported())
          .and()
          .resideOutsideOfPackage("..internal..")
          .should(nameNoForbiddenType())
          .allowEmptyShould(false);

  private PublicSignatures() {}

  /** Whether {@code type} is one no public signature may name. */
  static boolean isForbidden(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    String pkg = base.getPackageName();
    boolean ours = pkg.startsWith("no.levehelelivet");
    return (ours && (pkg.endsWith(".internal") || pkg.contains(".internal.")))
        || (ours && isGenerated(base))
        || pkg.startsWith("com.fasterxml.jackson")
        || pkg.startsWith("tools.jackson");
  }

  private static boolean isGenerated(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer.getSimpleName().matches("Immutable[A-Z].*")
        || outer.isAnnotatedWith("org.immutables.value.Generated");
  }

  private static DescribedPredicate<JavaClass> exported() {
    return DescribedPredicate.describe(
        "are public, as are all classes enclosing them",
        (JavaClass c) -> {
          Optional<JavaClass> current = Optional.of(c);
          while (current.isPresent()) {
            JavaClass k = current.get();
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)
                || k.isAnonymousClass()
                || k.isLocalClass()) {
              return false;
            }
            current = k.getEnclosingClass();
          }
          return true;
        });
  }

  private static ArchCondition<JavaClass> nameNoForbiddenType() {
    return new ArchCondition<>(
        "name no internal, generated or Jackson type in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String owner = c.getName();
        c.getSuperclass().ifPresent(t -> report(events, c, owner + " has supertype", t));
        for (JavaType t : c.getInterfaces()) {
          report(events, c, owner + " has supertype", t);
        }
        for (JavaTypeVariable<JavaClass> v : c.getTypeParameters()) {
          for (JavaType bound : v.getUpperBounds()) {
            report(events, c, owner + " has type parameter bound", bound);
          }
        }
        for (JavaField f : c.getFields()) {
          if (isVisible(f)) {
            report(events, c, owner + "." + f.getName() + " has type", f.getType());
          }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
          if (!isVisible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            continue;
          }
          String name = u.isConstructor() ? owner + "(" : owner + "." + u.getName() + "(";
          String where = u.isConstructor() ? name : owner + "." + u.getName() + "()";
          if (!u.isConstructor()) {
            report(events, c, where + " has return type", u.getReturnType());
          }
          for (JavaType p : u.getParameterTypes()) {
            report(events, c, name + ") has parameter type", p);
          }
          for (JavaClass thrown : u.getExceptionTypes()) {
            report(events, c, where + " throws", thrown);
          }
          for (JavaTypeVariable<?> v : u.getTypeParameters()) {
            for (JavaType bound : v.getUpperBounds()) {
              report(events, c, where + " has type parameter bound", bound);
            }
          }
        }
      }
    };
  }

  private static boolean isVisible(HasModifiers member) {
    return member.getModifiers().contains(JavaModifier.PUBLIC)
        || member.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static void report(ConditionEvents events, JavaClass c, String what, JavaType type) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (isForbidden(raw)) {
        events.add(SimpleConditionEvent.violated(c, what + " " + raw.getName()));
      }
    }
  }
}
