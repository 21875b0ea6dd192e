package no.levehelelivet.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style for values built with a builder: the generated class stays package-private; the
 * abstract type declares a public nested {@code interface Builder}, which the generated builder
 * implements, returns it from {@code builder()}, and declares the {@code with*} copies it offers as
 * abstract methods, so that no public signature names a generated class. Accessors named {@code
 * isX()} or {@code getX()} stand for the field {@code x}: copies read {@code withX}, builder
 * setters {@code x(...)}.
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
    allParameters = false,
    jdkOnly = false,
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface BuildableValue {}
