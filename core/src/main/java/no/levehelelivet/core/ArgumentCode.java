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
 *   <tr><td>{@code LHL-A-003}</td><td>an id breaks the id rule of {@link ValueLimits#isId}: empty,
 *       longer than 256 characters, whitespace at either end, or a control character</td><td>pass
 *       an id that follows the rule</td></tr>
 *   <tr><td>{@code LHL-A-004}</td><td>a value is beyond one of the {@link ValueLimits}, such as a
 *       text longer than 100,000 characters</td><td>shorten the value, or split it</td></tr>
 *   <tr><td>{@code LHL-A-005}</td><td>a builder was asked to build before every required
 *       attribute was set</td><td>set the attributes the message names</td></tr>
 *   <tr><td>{@code LHL-A-006}</td><td>a kommunenummer is not in force on the date asked, such as
 *       1412 (Solund before 2020) in 2024</td><td>use the number the message names, or one in
 *       force on that date</td></tr>
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
      "correct one of the fields the message names"),
  /** {@code LHL-A-003}: an id breaks the id rule of {@link ValueLimits#isId}. */
  INVALID_ID("LHL-A-003", "an id breaks the id rule", "pass an id that follows the rule"),
  /** {@code LHL-A-004}: a value is beyond one of the {@link ValueLimits}. */
  BEYOND_LIMIT(
      "LHL-A-004", "a value is beyond one of the value limits", "shorten the value, or split it"),
  /** {@code LHL-A-005}: a builder was asked to build before every required attribute was set. */
  MISSING_ATTRIBUTES(
      "LHL-A-005",
      "a required attribute of a value is not set",
      "set the attributes the message names"),
  /**
   * {@code LHL-A-006}: a kommunenummer is not in the register of municipalities on the date asked.
   */
  NOT_IN_REGISTER(
      "LHL-A-006",
      "a kommunenummer is not in force on the date asked",
      "use the number the message names, or one in force on that date");

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
   * {@return the argument error code with the given code, such as {@code "LHL-A-001"}}
   *
   * @param code the error code, such as {@code "LHL-A-001"}
   * @throws UnknownCodeException if the family has no such code
   */
  public static ArgumentCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "argument error code", code);
  }
}
