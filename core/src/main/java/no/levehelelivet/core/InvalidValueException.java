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
public final class InvalidValueException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String field;
  private final String expectation;
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
   */
  public static InvalidValueException inconsistent(String fields, String explanation) {
    return new InvalidValueException(
        ArgumentCode.INCONSISTENT_VALUES,
        fields,
        explanation,
        null,
        ArgumentCode.INCONSISTENT_VALUES.code() + ": " + explanation);
  }

  @Override
  public ErrorCode code() {
    return code;
  }

  /** The field that breaks its rule, or the fields that contradict each other. */
  public String field() {
    return field;
  }

  /** What the field must be, or what contradicts what. */
  public String expectation() {
    return expectation;
  }

  /** The bad value as given, in full; empty if it was missing or the fields contradict. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }
}
