package no.levehelelivet.core;

/**
 * Something with a stable code: a lower-kebab-case ASCII identifier such as {@code
 * "food-and-meals"} that systems store and exchange. A released code is never renamed or reused.
 */
public interface Coded {

  /** {@return the stable code, for example {@code "food-and-meals"}} */
  String code();

  /**
   * {@return whether {@code code} follows the rule every code follows: lower-kebab-case ASCII
   * letters and digits, starting with a letter, no double or trailing hyphen, at most 64
   * characters}
   *
   * @param code the text to test; any string
   */
  static boolean isWellFormed(String code) {
    int length = code.length();
    if (length == 0 || length > 64 || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
      return false;
    }
    char previous = ' ';
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!allowed || (c == '-' && previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }
}
