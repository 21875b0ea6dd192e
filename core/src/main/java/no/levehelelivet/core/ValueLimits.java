package no.levehelelivet.core;

/**
 * The one set of limits on values (<i>verdigrenser</i>), defined once: every value the library
 * builds, every command the engine accepts and every process it starts stays within them, and the
 * standard reader of the wire format accepts at least as much, so that whatever is accepted can be
 * written and read back.
 *
 * <table>
 *   <caption>Value limits</caption>
 *   <tr><th>limit</th><th>value</th><th>applies to</th></tr>
 *   <tr><td>{@link #MAX_TEXT_LENGTH}</td><td>100,000 characters</td><td>every text: names,
 *       descriptions, notes, answers, evidence references</td></tr>
 *   <tr><td>{@link #MAX_ID_LENGTH}</td><td>256 characters</td><td>instance, actor and definition
 *       ids; see {@link #isId(String)}</td></tr>
 *   <tr><td>{@link #MAX_NAME_LENGTH}</td><td>256 characters</td><td>property names of a written
 *       document, such as a journal entry's attribute keys</td></tr>
 *   <tr><td>{@link #MAX_ELEMENTS}</td><td>100,000</td><td>items of one list, such as a journal's
 *       entries or a command's evidence references</td></tr>
 *   <tr><td>{@link #MAX_DOCUMENT_BYTES}</td><td>16 MiB</td><td>a written document, such as a
 *       process instance with its journal</td></tr>
 *   <tr><td>{@link #MAX_NESTING_DEPTH}</td><td>32</td><td>nesting of a written document</td></tr>
 *   <tr><td>{@link #MAX_NUMBER_LENGTH}</td><td>32 characters</td><td>numbers of a written
 *       document</td></tr>
 * </table>
 *
 * <p>A text is at most {@link #MAX_TEXT_LENGTH} UTF-16 characters and holds no unpaired surrogate
 * (it could not be written as UTF-8). An id follows the stricter rule of {@link #isId(String)}.
 * Stateless and thread-safe.
 */
public final class ValueLimits {

  /** The longest text, in UTF-16 characters (<i>lengste tekst</i>). */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /** The longest id, in UTF-16 characters (<i>lengste id</i>). */
  public static final int MAX_ID_LENGTH = 256;

  /** The longest property name of a written document, in characters (<i>lengste navn</i>). */
  public static final int MAX_NAME_LENGTH = 256;

  /** The most items of one list (<i>flest elementer</i>). */
  public static final int MAX_ELEMENTS = 100_000;

  /** The largest written document, in bytes of UTF-8 (<i>største dokument</i>): 16 MiB. */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** The deepest nesting of a written document; the document itself is depth 1. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest number of a written document, in characters. */
  public static final int MAX_NUMBER_LENGTH = 32;

  private static final String TEXT_RULE =
      "a text of at most " + MAX_TEXT_LENGTH + " characters without unpaired surrogates";

  private static final String ID_RULE =
      "an id of 1 to "
          + MAX_ID_LENGTH
          + " characters without control characters, line separators or whitespace at either end";

  private ValueLimits() {}

  /**
   * {@return whether {@code text} is a text within the limits (<i>gyldig tekst</i>): at most {@link
   * #MAX_TEXT_LENGTH} characters and no unpaired surrogate}
   *
   * @param text the text to test
   */
  public static boolean isText(String text) {
    return text.length() <= MAX_TEXT_LENGTH && pairedSurrogates(text);
  }

  /**
   * {@return whether {@code id} follows the id rule (<i>id-regel</i>) for instance, actor and
   * definition ids: 1 to {@link #MAX_ID_LENGTH} characters; no whitespace at the start or end; no
   * control character (Unicode category Cc, such as a line feed or tab), no line or paragraph
   * separator (U+2028, U+2029) and no unpaired surrogate} Letters of any script, digits, spaces
   * inside, punctuation and symbols are allowed, such as {@code "2026/1234"} or {@code
   * "kari.nordmann"}.
   *
   * @param id the id to test
   */
  public static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > MAX_ID_LENGTH) {
      return false;
    }
    if (isPlainAsciiId(id, length)) {
      return true;
    }
    if (Character.isWhitespace(id.charAt(0))
        || Character.isWhitespace(id.charAt(length - 1))
        || Character.isSpaceChar(id.charAt(0))
        || Character.isSpaceChar(id.charAt(length - 1))) {
      return false;
    }
    for (int at = 0; at < length; at++) {
      char c = id.charAt(at);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return pairedSurrogates(id);
  }

  /**
   * Whether {@code id} is printable ASCII with no space at either end: an id by the rule, checked
   * in one loop of comparisons, the common case; an id with other characters takes the full check.
   */
  private static boolean isPlainAsciiId(String id, int length) {
    if (id.charAt(0) == ' ' || id.charAt(length - 1) == ' ') {
      return false;
    }
    for (int at = 0; at < length; at++) {
      char c = id.charAt(at);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return {@code text} if it is within the limits}
   *
   * @param field the field's name, for the message
   * @param text the text to check
   * @throws InvalidValueException ({@code LHL-A-004}) if it is longer than {@link #MAX_TEXT_LENGTH}
   *     or holds an unpaired surrogate
   */
  public static String requireText(String field, String text) {
    if (!isText(text)) {
      throw InvalidValueException.of(ArgumentCode.BEYOND_LIMIT, field, TEXT_RULE, text);
    }
    return text;
  }

  /**
   * {@return {@code id} if it follows the id rule of {@link #isId(String)}}
   *
   * @param field the field's name, for the message
   * @param id the id to check
   * @throws InvalidValueException ({@code LHL-A-003}) if it does not
   */
  public static String requireId(String field, String id) {
    if (!isId(id)) {
      throw InvalidValueException.of(ArgumentCode.INVALID_ID, field, ID_RULE, id);
    }
    return id;
  }

  /**
   * {@return {@code count} if a list of so many items is within {@link #MAX_ELEMENTS}}
   *
   * @param field the list's name, for the message
   * @param count the number of items in the list
   * @throws InvalidValueException ({@code LHL-A-004}) if it is not
   */
  public static int requireElements(String field, int count) {
    if (count > MAX_ELEMENTS) {
      throw InvalidValueException.of(
          ArgumentCode.BEYOND_LIMIT, field, "at most " + MAX_ELEMENTS + " items", count);
    }
    return count;
  }

  private static boolean pairedSurrogates(String text) {
    int length = text.length();
    for (int at = 0; at < length; at++) {
      char c = text.charAt(at);
      if (Character.isHighSurrogate(c)) {
        if (at + 1 == length || !Character.isLowSurrogate(text.charAt(at + 1))) {
          return false;
        }
        at++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
