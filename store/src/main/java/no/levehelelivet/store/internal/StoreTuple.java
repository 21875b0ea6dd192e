package no.levehelelivet.store.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.levehelelivet.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Immutables style of the store for small values made from all their parts at once with {@code
 * of(...)}; no builder, no copies. Accessors named {@code isX()} are attributes named {@code x}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*", "*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false, prehash = false),
    throwForInvalidImmutableState = InvalidValueException.MissingAttributes.class)
public @interface StoreTuple {}
