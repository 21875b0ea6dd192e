package no.levehelelivet.serialization;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in a document (<i>feil</i> or <i>advarsel</i>): its stable {@link ErrorCode},
 * where it is as a JSON Pointer (RFC 6901; {@code ""} is the whole document), a message a person
 * can act on, and the line and column where the parser knows them.
 *
 * <p>Immutable and thread-safe. Two problems are equal when code, pointer, message, line and column
 * are.
 */
public final class Problem {

  private static final int NO_POSITION = 0;

  private final ErrorCode code;
  private final String pointer;
  private final String message;
  private final int line;
  private final int column;

  private Problem(ErrorCode code, String pointer, String message, int line, int column) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns a problem without a known position.
   *
   * @param code the problem's code
   * @param pointer a JSON Pointer to the place, {@code ""} for the whole document
   * @param message what is wrong and what to do
   */
  public static Problem of(ErrorCode code, String pointer, String message) {
    return new Problem(code, pointer, message, NO_POSITION, NO_POSITION);
  }

  /**
   * Returns a problem at a known line and column (both counted from 1).
   *
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public static Problem of(ErrorCode code, String pointer, String message, int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column count from 1, were " + line + " and " + column);
    }
    return new Problem(code, pointer, message, line, column);
  }

  /** The stable code of the problem. */
  public ErrorCode code() {
    return code;
  }

  /** A JSON Pointer to where the problem is; {@code ""} for the document as a whole. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, for a person, naming the bad value (cut short) and what is expected. */
  public String message() {
    return message;
  }

  /** The line (from 1) where the problem is, where the parser knows it. */
  public OptionalInt line() {
    return line == NO_POSITION ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The column (from 1) where the problem is, where the parser knows it. */
  public OptionalInt column() {
    return column == NO_POSITION ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Problem
        && code == ((Problem) other).code
        && pointer.equals(((Problem) other).pointer)
        && message.equals(((Problem) other).message)
        && line == ((Problem) other).line
        && column == ((Problem) other).column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, message, line, column);
  }

  /** For example {@code LHL-1004 at /sessions/0/room (line 7, column 5): unknown property ...}. */
  @Override
  public String toString() {
    String at = pointer.isEmpty() ? "the document" : pointer;
    String position = line == NO_POSITION ? "" : " (line " + line + ", column " + column + ")";
    return code.code() + " at " + at + position + ": " + message;
  }
}
