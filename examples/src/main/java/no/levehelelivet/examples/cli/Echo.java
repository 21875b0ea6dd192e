package no.levehelelivet.examples.cli;

/**
 * The library's rule for echoing input in a message, for the command's own lines: text is quoted,
 * and anything past {@value #MAX_ECHO} characters is cut short with {@code ...}.
 */
final class Echo {

  /** How many characters of echoed input a line shows at most, as in the library's messages. */
  static final int MAX_ECHO = 64;

  private Echo() {}

  /** {@code "text"}, cut short past {@value #MAX_ECHO} characters. */
  static String quote(String text) {
    return "\"" + cut(text) + "\"";
  }

  /** The text cut short past {@value #MAX_ECHO} characters, without quotes. */
  static String cut(String text) {
    return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "..." : text;
  }
}
