package no.levehelelivet.process.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style of the process module for values built with a builder: the generated class stays
 * package-private; the abstract type declares a public nested {@code interface Builder} (which the
 * generated builder implements), a static {@code builder()} returning it, and its {@code with*}
 * copies as abstract methods, so no signature a user sees names a generated class. Accessors named
 * {@code isX()} give setters and copies named {@code x(...)} and {@code withX(...)}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*", "*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "evidence:evidence"},
    allParameters = false,
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface BuildableValue {}
