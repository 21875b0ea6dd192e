package no.levehelelivet.process.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style of the process module for values built with a builder: the generated class stays
 * package-private, the abstract type offers {@code builder()} returning its own public nested
 * {@code Builder}, and {@code with*} copies.
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
    throwForInvalidImmutableState = IllegalArgumentException.class)
public @interface BuildableValue {}
