package no.levehelelivet.serialization;

import java.util.Objects;
import java.util.OptionalInt;
import no.levehelelivet.core.Language;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in a document (<i>feil</i> or <i>advarsel</i>): its stable {@link WireCode},
 * where it is as a JSON Pointer (RFC 6901; {@code ""} is the whole document), a message a person
 * can act on, and the line and column where the parser knows them.
 *
 * <p>The parts are kept apart so that a code appears once in any text: {@link #message()} says what
 * is wrong without the code, the pointer or the position, and {@link #toString()} is the one line
 * that puts them together, code first, as logs and {@link WireFormatException} show it.
 *
 * <p>Immutable and thread-safe. Two problems are equal when code, pointer, message, line and column
 * are.
 */
public final class Problem {

  private static final int NO_POSITION = 0;

  private final WireCode code;
  private final String pointer;
  private final String message;
  private final int line;
  private final int column;

  private Problem(WireCode code, String pointer, String message, int line, int column) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns a problem without a known position; only the codec builds problems.
   *
   * @param code the problem's code
   * @param pointer a JSON Pointer to the place, {@code ""} for the whole document
   * @param message what is wrong and what to do, without the code
   */
  static Problem of(WireCode code, String pointer, String message) {
    return new Problem(code, pointer, message, NO_POSITION, NO_POSITION);
  }

  /**
   * Returns a problem at a known line and column (both counted from 1); only the codec builds
   * problems.
   *
   * @throws IllegalArgumentException if line or column is less than 1
   */
  static Problem of(WireCode code, String pointer, String message, int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, were " + line + " and " + column);
    }
    return new Problem(code, pointer, message, line, column);
  }

  /** {@return the stable code of the problem} */
  public WireCode code() {
    return code;
  }

  /** {@return a JSON Pointer to where the problem is; {@code ""} for the document as a whole} */
  public String pointer() {
    return pointer;
  }

  /**
   * {@return what is wrong, for a person, naming the bad value (cut short) and what is expected;
   * without the problem's own code, pointer or position, which {@link #toString()} adds}
   */
  public String message() {
    return message;
  }

  /**
   * {@return what is wrong (<i>feilmelding</i>) in {@code language}, without the code, pointer or
   * position} In English it is {@link #message()}, which names the bad value; in bokmål and nynorsk
   * it is what the code means and what to do about it, from the wire format's message bundle.
   *
   * @param language the language of the message
   * @throws IllegalStateException with {@code LHL-C-900} if the bundle lacks a text (a packaging
   *     error)
   */
  public String message(Language language) {
    return language == Language.ENGLISH
        ? message
        : code.meaning(language) + "; " + code.remedy(language);
  }

  /** {@return the line (from 1) where the problem is, where the parser knows it} */
  public OptionalInt line() {
    return line == NO_POSITION ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** {@return the column (from 1) where the problem is, where the parser knows it} */
  public OptionalInt column() {
    return column == NO_POSITION ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Problem problem
        && code == problem.code
        && pointer.equals(problem.pointer)
        && message.equals(problem.message)
        && line == problem.line
        && column == problem.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, message, line, column);
  }

  /**
   * The problem in one line, code first, for example {@code LHL-S-004 at /sessions/0/room (line 7,
   * column 5): unknown property ...}.
   */
  @Override
  public String toString() {
    String at = pointer.isEmpty() ? "the document" : pointer;
    String position = line == NO_POSITION ? "" : " (line " + line + ", column " + column + ")";
    return code.code() + " at " + at + position + ": " + message;
  }
}
