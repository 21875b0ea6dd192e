package no.levehelelivet.core.internal;

import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.ValueLimits;

/**
 * The value checks of the core module: each throws an {@link InvalidValueException} with its code
 * ({@link ArgumentCode}), field and bad value. The codes and what they mean are listed in the
 * Javadoc of the public code families, not here.
 */
public final class CoreMessages {

  private CoreMessages() {}

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} unless {@code condition} holds.
   *
   * @param field the field's name
   * @param expectation what the field must be, for example "four digits"
   * @param value the bad value, echoed cut short by {@link Echo}
   * @throws InvalidValueException if {@code condition} does not hold
   */
  public static void require(boolean condition, String field, String expectation, Object value) {
    if (!condition) {
      throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, field, expectation, value);
    }
  }

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} if {@code value} is blank.
   *
   * @throws InvalidValueException if {@code value} is blank ({@code LHL-A-001}) or beyond the text
   *     limit of {@link ValueLimits} ({@code LHL-A-004})
   */
  public static void requireNotBlank(String field, String value) {
    require(!value.isBlank(), field, "non-blank", value);
    ValueLimits.requireText(field, value);
  }

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} unless {@code value} is a well-formed code.
   *
   * @throws InvalidValueException if {@code value} is not a well-formed code
   */
  public static void requireCode(String field, String value) {
    require(
        Coded.isWellFormed(value),
        field,
        "a lower-kebab-case ASCII code of at most 64 characters",
        value);
  }

  /**
   * Fails with {@link ArgumentCode#INCONSISTENT_VALUES} unless {@code condition} holds.
   *
   * @param fields the fields that contradict each other, for example {@code "start, end"}
   * @param explanation what contradicts what
   * @throws InvalidValueException if {@code condition} does not hold
   */
  public static void requireConsistent(boolean condition, String fields, String explanation) {
    if (!condition) {
      throw InvalidValueException.inconsistent(fields, explanation);
    }
  }
}
