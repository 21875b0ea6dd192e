package no.levehelelivet.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style for small values made from all their parts at once with {@code of(...)}; no
 * builder. The generated class stays package-private; accessors named {@code isX()} or {@code
 * getX()} stand for the field {@code x}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*", "*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false),
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface TupleValue {}
