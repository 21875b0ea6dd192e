package no.levehelelivet.core;

import java.util.Optional;
import no.levehelelivet.core.internal.Echo;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value is built from an argument that breaks its rule (<i>ugyldig verdi</i>), for
 * example {@code LHL-A-001: kommunenummer must be four digits, was "824"}. It names, as fields, the
 * {@linkplain #code() code}, the {@linkplain #field() field}, what the field must be and the bad
 * value, so that a host or the wire format can point at the spot without reading the message.
 */
public sealed class InvalidValueException extends LeveHeleLivetException
    permits InvalidValueException.MissingAttributes {

  private static final long serialVersionUID = 1L;

  /** The error code, such as {@link ArgumentCode#INVALID_VALUE}. */
  private final ErrorCode code;

  /** The field that breaks its rule, or the fields that contradict each other. */
  private final String field;

  /** What the field must be, or what contradicts what. */
  private final String expectation;

  /** The bad value as given, or null if it was missing or the fields contradict. */
  private final @Nullable String value;

  private InvalidValueException(
      ErrorCode code, String field, String expectation, @Nullable String value, String message) {
    super(message);
    this.code = code;
    this.field = field;
    this.expectation = expectation;
    this.value = value;
  }

  /**
   * An argument whose field breaks its rule ({@link ArgumentCode#INVALID_VALUE}, unless another
   * code is given): the message reads {@code CODE: field must be expectation, was value}, with the
   * value quoted and cut short.
   *
   * @param code the error code
   * @param field the field's name, for example {@code "kommunenummer"}
   * @param expectation what the field must be, for example {@code "four digits"}
   * @param value the bad value as given; {@code null} if it was missing
   * @return the exception, for the caller to throw
   */
  public static InvalidValueException of(
      ErrorCode code, String field, String expectation, @Nullable Object value) {
    String text = value == null ? null : String.valueOf(value);
    return new InvalidValueException(
        code,
        field,
        expectation,
        text,
        code.code() + ": " + field + " must be " + expectation + ", was " + Echo.quote(value));
  }

  /**
   * Fields of one value that contradict each other ({@link ArgumentCode#INCONSISTENT_VALUES}): the
   * message reads {@code LHL-A-002: explanation}.
   *
   * @param fields the fields involved, for example {@code "start, end"}
   * @param explanation what contradicts what, for example {@code "the session ends before it
   *     starts"}
   * @return the exception, for the caller to throw
   */
  public static InvalidValueException inconsistent(String fields, String explanation) {
    return new InvalidValueException(
        ArgumentCode.INCONSISTENT_VALUES,
        fields,
        explanation,
        null,
        ArgumentCode.INCONSISTENT_VALUES.code() + ": " + explanation);
  }

  /**
   * Thrown by a value's builder asked to build before every required attribute was set (<i>mangler
   * påkrevde felt</i>), {@link ArgumentCode#MISSING_ATTRIBUTES}: the {@linkplain #field() field}
   * names the missing attributes, separated by commas, for example {@code LHL-A-005: Actor needs
   * id, role}.
   */
  public static final class MissingAttributes extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * The error of a builder's generated check, from its message, which ends with the missing
     * attributes in brackets, such as {@code "Cannot build Actor, some of required attributes are
     * not set [id, role]"}; the value's name is the word after {@code "build "}.
     *
     * @param message the builder's message
     */
    public MissingAttributes(String message) {
      this(typeName(message), attributes(message));
    }

    private MissingAttributes(String type, String attributes) {
      super(
          ArgumentCode.MISSING_ATTRIBUTES,
          attributes,
          "set",
          null,
          ArgumentCode.MISSING_ATTRIBUTES.code() + ": " + type + " needs " + attributes);
    }

    private static String typeName(String message) {
      int from = message.indexOf("build ");
      if (from < 0) {
        return "the value";
      }
      from += "build ".length();
      int to = message.indexOf(',', from);
      return Echo.cut(to < 0 ? message.substring(from) : message.substring(from, to));
    }

    private static String attributes(String message) {
      int open = message.lastIndexOf('[');
      int close = message.lastIndexOf(']');
      return open >= 0 && close > open ? message.substring(open + 1, close) : Echo.cut(message);
    }
  }

  @Override
  public ErrorCode code() {
    return code;
  }

  /** {@return the field that breaks its rule, or the fields that contradict each other} */
  public String field() {
    return field;
  }

  /** {@return what the field must be, or what contradicts what} */
  public String expectation() {
    return expectation;
  }

  /** {@return the bad value as given, in full; empty if it was missing or the fields contradict} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
