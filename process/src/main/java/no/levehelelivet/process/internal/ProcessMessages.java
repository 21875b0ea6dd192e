package no.levehelelivet.process.internal;

import java.util.Collection;
import java.util.Locale;
import no.levehelelivet.core.Coded;

/**
 * The error codes and messages of the process module, in one place. A retired code leaves a gap and
 * is never reused; tests assert codes, never wording.
 *
 * <p>Reasons a command is rejected ({@code LHL-P}):
 *
 * <ul>
 *   <li>{@code LHL-P-001} the process is not active (paused, completed or abandoned)
 *   <li>{@code LHL-P-002} the trigger is not allowed from the current phase
 *   <li>{@code LHL-P-003} a criterion that guards the transition is not met (one reason each)
 *   <li>{@code LHL-P-004} the actor's role may not fire the trigger or record the criterion
 *   <li>{@code LHL-P-005} the command's expected version is stale
 *   <li>{@code LHL-P-006} unknown trigger
 *   <li>{@code LHL-P-007} a note is required
 *   <li>{@code LHL-P-008} the target phase of a revisit is missing, unknown or not earlier
 *   <li>{@code LHL-P-009} unknown criterion
 *   <li>{@code LHL-P-010} unknown reflection question
 *   <li>{@code LHL-P-011} an evidence reference is required
 *   <li>{@code LHL-P-012} only a paused process can be resumed
 * </ul>
 *
 * <p>Programming errors ({@code IllegalArgumentException}), not rejections:
 *
 * <ul>
 *   <li>{@code LHL-P-900} a value's field breaks its invariant (for example a blank code)
 *   <li>{@code LHL-P-901} an entry appended to a journal does not carry the next sequence number
 * </ul>
 *
 * <p>Problems of a process definition ({@code LHL-D}):
 *
 * <ul>
 *   <li>{@code LHL-D-001} no initial phase
 *   <li>{@code LHL-D-002} more than one initial phase
 *   <li>{@code LHL-D-003} a phase cannot be reached from the initial phase
 *   <li>{@code LHL-D-004} from a phase there is no path to a phase where the process can be
 *       completed
 *   <li>{@code LHL-D-005} no phase where the process can be completed
 *   <li>{@code LHL-D-006} a transition refers to an unknown phase
 *   <li>{@code LHL-D-007} a trigger appears twice from one phase
 *   <li>{@code LHL-D-008} a code is used twice (phase, criterion, role, reflection question)
 *   <li>{@code LHL-D-009} a transition refers to an unknown criterion
 *   <li>{@code LHL-D-010} a transition, criterion or the answering roles refer to an unknown role
 *   <li>{@code LHL-D-011} a transition's shape does not fit its kind (target or sources)
 *   <li>{@code LHL-D-012} a transition or criterion permits no role
 *   <li>{@code LHL-D-013} a transition uses a trigger the engine reserves
 *   <li>{@code LHL-D-014} the definition has no phases
 *   <li>{@code LHL-D-015} one trigger code is used for transitions of different kinds
 * </ul>
 *
 * <p>Problems replaying a journal ({@code LHL-R}):
 *
 * <ul>
 *   <li>{@code LHL-R-001} the journal is empty or does not begin with a start entry
 *   <li>{@code LHL-R-002} the journal was recorded under a different definition digest
 *   <li>{@code LHL-R-003} the definition rejects an entry
 *   <li>{@code LHL-R-004} an entry differs from what the definition produces for it
 *   <li>{@code LHL-R-005} the entries' sequence numbers are not 1, 2, 3, ...
 *   <li>{@code LHL-R-006} the start entry lacks an attribute or has a bad one
 *   <li>{@code LHL-R-007} the migration was written for another definition digest
 * </ul>
 *
 * <p>Problems of a journal ({@code LHL-J}):
 *
 * <ul>
 *   <li>{@code LHL-J-001} the sequence numbers break: an entry was removed, inserted or reordered
 *   <li>{@code LHL-J-002} an entry's digest differs from the one recorded: it was changed
 *   <li>{@code LHL-J-003} the head digest differs from the one stored: truncated or rewritten
 *   <li>{@code LHL-J-004} the bytes of a stored journal are malformed
 * </ul>
 */
public final class ProcessMessages {

  public static final String P001 = "LHL-P-001";
  public static final String P002 = "LHL-P-002";
  public static final String P003 = "LHL-P-003";
  public static final String P004 = "LHL-P-004";
  public static final String P005 = "LHL-P-005";
  public static final String P006 = "LHL-P-006";
  public static final String P007 = "LHL-P-007";
  public static final String P008 = "LHL-P-008";
  public static final String P009 = "LHL-P-009";
  public static final String P010 = "LHL-P-010";
  public static final String P011 = "LHL-P-011";
  public static final String P012 = "LHL-P-012";

  public static final String P900 = "LHL-P-900";
  public static final String P901 = "LHL-P-901";

  public static final String D001 = "LHL-D-001";
  public static final String D002 = "LHL-D-002";
  public static final String D003 = "LHL-D-003";
  public static final String D004 = "LHL-D-004";
  public static final String D005 = "LHL-D-005";
  public static final String D006 = "LHL-D-006";
  public static final String D007 = "LHL-D-007";
  public static final String D008 = "LHL-D-008";
  public static final String D009 = "LHL-D-009";
  public static final String D010 = "LHL-D-010";
  public static final String D011 = "LHL-D-011";
  public static final String D012 = "LHL-D-012";
  public static final String D013 = "LHL-D-013";
  public static final String D014 = "LHL-D-014";
  public static final String D015 = "LHL-D-015";

  public static final String R001 = "LHL-R-001";
  public static final String R002 = "LHL-R-002";
  public static final String R003 = "LHL-R-003";
  public static final String R004 = "LHL-R-004";
  public static final String R005 = "LHL-R-005";
  public static final String R006 = "LHL-R-006";
  public static final String R007 = "LHL-R-007";

  public static final String J001 = "LHL-J-001";
  public static final String J002 = "LHL-J-002";
  public static final String J003 = "LHL-J-003";
  public static final String J004 = "LHL-J-004";

  private ProcessMessages() {}

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
   * Fails with {@code LHL-P-900} unless {@code condition} holds.
   *
   * @param field the field's name
   * @param expectation what the field must be, for example "a lower-kebab-case code"
   * @param value the bad value, echoed cut short
   */
  public static void require(boolean condition, String field, String expectation, Object value) {
    if (!condition) {
      String shown = shorten(String.valueOf(value));
      throw new IllegalArgumentException(
          P900 + ": " + field + " must be " + expectation + ", was \"" + shown + "\"");
    }
  }

  /** Fails with {@code LHL-P-900} unless {@code code} is a well-formed lower-kebab-case code. */
  public static void requireCode(String field, String code) {
    require(
        Coded.isWellFormed(code),
        field,
        "a lower-kebab-case ASCII code of at most 64 characters",
        code);
  }

  /** Fails with {@code LHL-P-900} if {@code value} is blank. */
  public static void requireNotBlank(String field, String value) {
    require(!value.isBlank(), field, "non-blank", value);
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
      text.append('"').append(shorten(code)).append('"');
    }
    return text.toString();
  }

  /** Cuts echoed input short past 64 characters, as {@code java.time} does. */
  public static String shorten(String input) {
    return input.length() > 64 ? input.substring(0, 64) + "..." : input;
  }
}
