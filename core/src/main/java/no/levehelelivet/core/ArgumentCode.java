package no.levehelelivet.core;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.internal.Codes;

/**
 * The error codes of arguments that break a value's rule (family {@code LHL-A}): programming
 * errors, thrown as {@link InvalidValueException} by every module when a value is built.
 *
 * <table>
 *   <caption>Error codes of arguments</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-A-001}</td><td>a value's field breaks its rule, such as a blank code or a
 *       kommunenummer that is not four digits</td><td>pass a value that meets the expectation the
 *       message gives</td></tr>
 *   <tr><td>{@code LHL-A-002}</td><td>fields of one value contradict each other, such as a
 *       session that ends before it starts</td><td>correct one of the fields the message
 *       names</td></tr>
 * </table>
 */
public enum ArgumentCode implements ErrorCode {
  /** {@code LHL-A-001}: a value's field breaks its rule. */
  INVALID_VALUE(
      "LHL-A-001",
      "a value's field breaks its rule",
      "pass a value that meets the expectation the message gives"),
  /** {@code LHL-A-002}: fields of one value contradict each other. */
  INCONSISTENT_VALUES(
      "LHL-A-002",
      "fields of one value contradict each other",
      "correct one of the fields the message names");

  private static final ImmutableMap<String, ArgumentCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  ArgumentCode(String code, String meaning, String remedy) {
    this.code = code;
    this.meaning = meaning;
    this.remedy = remedy;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public String remedy() {
    return remedy;
  }

  /**
   * Returns the argument error code with the given code, such as {@code "LHL-A-001"}.
   *
   * @throws UnknownCodeException if the family has no such code
   */
  public static ArgumentCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "argument error code", code);
  }
}
