package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts on the coded refusals of value checks: code, field and value, not wording. */
public final class Refusals {

  private Refusals() {}

  /**
   * Asserts that {@code call} fails with {@link ArgumentCode#INVALID_VALUE} on {@code field}, and
   * returns the exception for further checks.
   */
  public static InvalidValueException assertInvalidValue(ThrowingCallable call, String field) {
    InvalidValueException e = refusal(call);
    assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(ArgumentCode.INVALID_VALUE.code() + ": " + field + " ");
    return e;
  }

  /**
   * Asserts that {@code call} fails with {@link ArgumentCode#INCONSISTENT_VALUES} naming {@code
   * fields}, and returns the exception for further checks.
   */
  public static InvalidValueException assertInconsistent(ThrowingCallable call, String fields) {
    InvalidValueException e = refusal(call);
    assertThat(e.code()).isEqualTo(ArgumentCode.INCONSISTENT_VALUES);
    assertThat(e.field()).isEqualTo(fields);
    assertThat(e.value()).isEmpty();
    assertThat(e.getMessage()).startsWith(ArgumentCode.INCONSISTENT_VALUES.code() + ": ");
    return e;
  }

  private static InvalidValueException refusal(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return (InvalidValueException) thrown;
  }
}
