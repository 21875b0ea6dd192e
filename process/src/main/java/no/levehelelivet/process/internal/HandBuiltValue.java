package no.levehelelivet.process.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style of the process module for values with {@code with*} copies whose builder is
 * written by hand (so that it can check its parts with coded errors and cost the engine nothing):
 * the generated class stays package-private and has no builder of its own. A style of its own
 * rather than {@code @Value.Immutable(builder = false)} on the type, because an annotation value
 * left in the class file warns in a consumer's compiler that has no Immutables on its path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(builder = false, copy = true, prehash = false),
    allParameters = false,
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface HandBuiltValue {}
