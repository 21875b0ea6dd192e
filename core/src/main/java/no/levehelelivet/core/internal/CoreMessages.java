package no.levehelelivet.core.internal;

import no.levehelelivet.core.Coded;

/**
 * The error codes and messages of the core module, in one place. A retired code leaves a gap and is
 * never reused.
 *
 * <ul>
 *   <li>{@code LHL-C-001} unknown code (see {@code UnknownCodeException})
 *   <li>{@code LHL-C-002} a value's field breaks its invariant
 *   <li>{@code LHL-C-003} a relation between fields is broken (for example a solution outside the
 *       measure's focus areas, or a session that ends before it starts)
 *   <li>{@code LHL-C-900} the library's own resources are missing (a packaging error)
 * </ul>
 */
public final class CoreMessages {

  /** A value's field breaks its invariant. */
  public static final String INVALID_FIELD = "LHL-C-002";

  /** A relation between a value's fields is broken. */
  public static final String INCONSISTENT_VALUE = "LHL-C-003";

  private CoreMessages() {}

  /**
   * Fails with {@code LHL-C-002} unless {@code condition} holds.
   *
   * @param field the field's name
   * @param expectation what the field must be, for example "four digits"
   * @param value the bad value, echoed cut short
   */
  public static void require(boolean condition, String field, String expectation, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(
          INVALID_FIELD + ": " + field + " must be " + expectation + ", was " + quote(value));
    }
  }

  /** Fails with {@code LHL-C-002} if {@code value} is blank. */
  public static void requireNotBlank(String field, String value) {
    require(!value.isBlank(), field, "non-blank", value);
  }

  /** Fails with {@code LHL-C-002} unless {@code value} is a well-formed code. */
  public static void requireCode(String field, String value) {
    require(
        Coded.isWellFormed(value),
        field,
        "a lower-kebab-case ASCII code of at most 64 characters",
        value);
  }

  /** Fails with {@code LHL-C-003} and the given explanation unless {@code condition} holds. */
  public static void requireConsistent(boolean condition, String explanation) {
    if (!condition) {
      throw new IllegalArgumentException(INCONSISTENT_VALUE + ": " + explanation);
    }
  }

  /** Quotes a value for a message, cutting it short past 80 characters. */
  public static String quote(Object value) {
    String text = String.valueOf(value);
    if (text.length() > 80) {
      text = text.substring(0, 80) + "...";
    }
    return value instanceof CharSequence ? "\"" + text + "\"" : text;
  }
}
