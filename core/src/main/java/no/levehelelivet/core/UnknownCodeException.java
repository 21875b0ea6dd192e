package no.levehelelivet.core;

import com.google.common.collect.ImmutableList;

/**
 * Thrown when a code is looked up that no item of the asked type has (error {@code LHL-C-001}). The
 * message names the type, the bad code and every valid code.
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The stable error code of this exception. */
  public static final String ERROR_CODE = "LHL-C-001";

  private final String type;
  private final String code;
  private final ImmutableList<String> validCodes;

  /**
   * Creates the exception.
   *
   * @param type the kind of item looked up, for example {@code "focus area"}
   * @param code the code that was not found
   * @param validCodes every valid code of that kind
   */
  public UnknownCodeException(String type, String code, Iterable<String> validCodes) {
    super(message(type, code, validCodes));
    this.type = type;
    this.code = code;
    this.validCodes = ImmutableList.copyOf(validCodes);
  }

  private static String message(String type, String code, Iterable<String> validCodes) {
    String shown = code.length() > 64 ? code.substring(0, 64) + "..." : code;
    return ERROR_CODE
        + ": unknown "
        + type
        + " code \""
        + shown
        + "\"; valid codes are: "
        + String.join(", ", validCodes);
  }

  /** The kind of item looked up, for example {@code "focus area"}. */
  public String type() {
    return type;
  }

  /** The code that was not found. */
  public String code() {
    return code;
  }

  /** Every valid code of the asked kind, in catalogue order. */
  public ImmutableList<String> validCodes() {
    return validCodes;
  }
}
