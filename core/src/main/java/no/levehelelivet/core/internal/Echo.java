package no.levehelelivet.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for echoing a caller's input in a message: text is quoted, other values are not, and
 * anything past {@value #MAX_ECHO} characters is cut short with {@code ...}. The library's own
 * words are never cut.
 */
public final class Echo {

  /** How many characters of echoed input a message shows at most. */
  public static final int MAX_ECHO = 64;

  private Echo() {}

  /**
   * Echoes {@code value} for a message: {@code "text"} for character sequences, the plain value
   * otherwise, {@code null} for a missing value; cut short past {@value #MAX_ECHO} characters.
   */
  public static String quote(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = cut(String.valueOf(value));
    return value instanceof CharSequence ? "\"" + text + "\"" : text;
  }

  /** Cuts {@code text} short past {@value #MAX_ECHO} characters, without quoting it. */
  public static String cut(String text) {
    return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "..." : text;
  }
}
