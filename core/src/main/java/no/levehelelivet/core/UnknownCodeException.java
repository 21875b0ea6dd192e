package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.core.internal.Echo;

/**
 * Thrown when a code is looked up that no item of the asked type has (error {@link
 * CoreCode#UNKNOWN_CODE}, {@code LHL-C-001}). The message names the type, the bad code (cut short)
 * and every valid code.
 */
public final class UnknownCodeException extends LeveHeleLivetException {

  private static final long serialVersionUID = 1L;

  /** The kind of item looked up, for example {@code "focus area"}. */
  private final String type;

  /** The code that was not found, in full. */
  private final String unknownCode;

  /** Every valid code of the asked kind, in catalogue order. */
  private final ImmutableList<String> validCodes;

  /**
   * Creates the exception.
   *
   * @param type the kind of item looked up, for example {@code "focus area"}
   * @param unknownCode the code that was not found
   * @param validCodes every valid code of that kind
   */
  public UnknownCodeException(String type, String unknownCode, Iterable<String> validCodes) {
    super(message(type, unknownCode, validCodes));
    this.type = type;
    this.unknownCode = unknownCode;
    this.validCodes = ImmutableList.copyOf(validCodes);
  }

  private static String message(String type, String code, Iterable<String> validCodes) {
    return CoreCode.UNKNOWN_CODE.code()
        + ": unknown "
        + type
        + " code "
        + Echo.quote(code)
        + "; valid codes are: "
        + String.join(", ", validCodes);
  }

  /** Always {@link CoreCode#UNKNOWN_CODE}. */
  @Override
  public CoreCode code() {
    return CoreCode.UNKNOWN_CODE;
  }

  /** {@return the kind of item looked up, for example {@code "focus area"}} */
  public String type() {
    return type;
  }

  /** {@return the code that was not found, in full} */
  public String unknownCode() {
    return unknownCode;
  }

  /** {@return every valid code of the asked kind, in catalogue order} */
  public ImmutableList<String> validCodes() {
    return validCodes;
  }
}
