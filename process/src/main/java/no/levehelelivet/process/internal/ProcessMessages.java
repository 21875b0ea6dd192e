package no.levehelelivet.process.internal;

import java.util.Collection;
import java.util.Locale;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.InvalidValueException;
import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.core.internal.Echo;

/**
 * Formatting of the process module's messages and its value checks. The codes and their tables live
 * in the public enums that implement {@link ErrorCode}: {@code ReasonCode}, {@code DefinitionCode},
 * {@code ReplayCode} and {@code JournalCode}.
 */
public final class ProcessMessages {

  private ProcessMessages() {}

  /**
   * Formats a message as {@link #format(String, String, Object...)} does, starting with {@code
   * code}'s code.
   */
  public static String format(ErrorCode code, String template, Object... arguments) {
    return format(code.code(), template, arguments);
  }

  /**
   * Formats a message: the code, a colon, then the template with each {@code %s} or {@code %d}
   * replaced by the next argument as {@link String#valueOf(Object)} gives it — what {@link
   * String#format} gives for these two in {@link Locale#ROOT}, without parsing a format string on
   * every rejection. Other {@code %} sequences are kept as they are; a template must not have more
   * placeholders than arguments.
   *
   * @throws IllegalArgumentException if the template has more placeholders than arguments
   */
  public static String format(String code, String template, Object... arguments) {
    StringBuilder text = new StringBuilder(code.length() + template.length() + 64);
    text.append(code).append(": ");
    int next = 0;
    int from = 0;
    for (int at = template.indexOf('%'); at >= 0; at = template.indexOf('%', at + 1)) {
      char conversion = at + 1 < template.length() ? template.charAt(at + 1) : ' ';
      if (conversion == 's' || conversion == 'd') {
        if (next == arguments.length) {
          throw new IllegalArgumentException(
              "template has more placeholders than its " + arguments.length + " arguments");
        }
        text.append(template, from, at).append(arguments[next++]);
        from = at + 2;
        at++;
      }
    }
    return text.append(template, from, template.length()).toString();
  }

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} unless {@code condition} holds.
   *
   * @param field the field's name
   * @param expectation what the field must be, for example "a lower-kebab-case code"
   * @param value the bad value, echoed by the one rule of {@link Echo}
   * @throws InvalidValueException naming the field, the expectation and the value
   */
  public static void require(boolean condition, String field, String expectation, Object value) {
    if (!condition) {
      throw InvalidValueException.of(ArgumentCode.INVALID_VALUE, field, expectation, value);
    }
  }

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} unless {@code code} is a well-formed
   * lower-kebab-case code.
   */
  public static void requireCode(String field, String code) {
    require(
        Coded.isWellFormed(code),
        field,
        "a lower-kebab-case ASCII code of at most 64 characters",
        code);
  }

  /**
   * Fails with {@link ArgumentCode#INVALID_VALUE} if {@code value} is blank, and with {@link
   * ArgumentCode#BEYOND_LIMIT} if it is beyond the text limit of {@link ValueLimits}.
   */
  public static void requireNotBlank(String field, String value) {
    require(!value.isBlank(), field, "non-blank", value);
    ValueLimits.requireText(field, value);
  }

  /** Quotes every code of a collection, separated by commas, or says "none". */
  public static String list(Collection<String> codes) {
    if (codes.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (String code : codes) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(Echo.quote(code));
    }
    return text.toString();
  }
}
