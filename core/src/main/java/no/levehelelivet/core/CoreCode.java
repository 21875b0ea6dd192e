package no.levehelelivet.core;

import com.google.common.collect.ImmutableMap;
import no.levehelelivet.core.internal.Codes;

/**
 * The error codes of the catalogue (family {@code LHL-C}).
 *
 * <table>
 *   <caption>Error codes of the catalogue</caption>
 *   <tr><th>code</th><th>meaning</th><th>what to do</th></tr>
 *   <tr><td>{@code LHL-C-001}</td><td>a code that no item of the asked kind has</td><td>use one
 *       of the valid codes the message lists</td></tr>
 *   <tr><td>{@code LHL-C-900}</td><td>the library's own resources are missing or broken: a
 *       packaging error</td><td>use the library's jar as released, not a repackaged
 *       one</td></tr>
 * </table>
 */
public enum CoreCode implements ErrorCode {
  /** {@code LHL-C-001}: a code that no item of the asked kind has. */
  UNKNOWN_CODE(
      "LHL-C-001",
      "a code that no item of the asked kind has",
      "use one of the valid codes the message lists"),
  /** {@code LHL-C-900}: the library's own resources are missing or broken. */
  MISSING_RESOURCE(
      "LHL-C-900",
      "the library's own resources are missing or broken: a packaging error",
      "use the library's jar as released, not a repackaged one");

  private static final ImmutableMap<String, CoreCode> BY_CODE = Codes.indexErrorCodes(values());

  private final String code;
  private final String meaning;
  private final String remedy;

  CoreCode(String code, String meaning, String remedy) {
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
   * {@return the catalogue error code with the given code, such as {@code "LHL-C-001"}}
   *
   * @param code the error code, such as {@code "LHL-C-001"}
   * @throws UnknownCodeException if the family has no such code
   */
  public static CoreCode fromCode(String code) {
    return Codes.lookup(BY_CODE, "catalogue error code", code);
  }
}
