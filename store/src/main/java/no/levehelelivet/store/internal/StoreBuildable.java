package no.levehelelivet.store.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style of the store for values built field by field: a package-private generated class,
 * a public nested builder type declared by the value, and {@code with*} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*", "*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true, prehash = false),
    allParameters = false,
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface StoreBuildable {}
