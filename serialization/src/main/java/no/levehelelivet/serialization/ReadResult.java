package no.levehelelivet.serialization;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import no.levehelelivet.serialization.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What reading a document gave (<i>leseresultat</i>): the value, if the document could be bound,
 * every error and warning found, and, in {@link ReadMode#TOLERANT} mode, the fields that were not
 * understood.
 *
 * <p>A result has a value exactly when it has no errors. Immutable and thread-safe.
 *
 * @param <T> the type of the value read
 */
public final class ReadResult<T> {

  static {
    // The codec's internals build results through the factories below, lent to them here.
    Problems.install(new ResultValues());
  }

  private final @Nullable T value;
  private final ImmutableList<Problem> problems;
  private final ImmutableList<Problem> warnings;
  private final ImmutableList<UnknownField> unknownFields;

  private ReadResult(
      @Nullable T value,
      ImmutableList<Problem> problems,
      ImmutableList<Problem> warnings,
      ImmutableList<UnknownField> unknownFields) {
    if ((value == null) == problems.isEmpty()) {
      throw new IllegalArgumentException(
          "a read result has a value exactly when it has no problems");
    }
    this.value = value;
    this.problems = problems;
    this.warnings = warnings;
    this.unknownFields = unknownFields;
  }

  /** Returns a successful result; only the codec builds results. */
  static <T> ReadResult<T> of(
      T value, Iterable<Problem> warnings, Iterable<UnknownField> unknownFields) {
    return new ReadResult<>(
        value,
        ImmutableList.of(),
        ImmutableList.copyOf(warnings),
        ImmutableList.copyOf(unknownFields));
  }

  /**
   * Returns a failed result; only the codec builds results.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  static <T> ReadResult<T> failed(
      Iterable<Problem> problems, Iterable<Problem> warnings, Iterable<UnknownField> unknown) {
    return new ReadResult<>(
        null,
        ImmutableList.copyOf(problems),
        ImmutableList.copyOf(warnings),
        ImmutableList.copyOf(unknown));
  }

  /** {@return the value read, or empty if the document had errors} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return whether the document was read without errors (it may still have warnings)} */
  public boolean isSuccess() {
    return value != null;
  }

  /**
   * {@return every error found, in the order found: what reading the text finds (syntax, duplicate
   * keys, limits) first, then the envelope, then the members, depth first; empty on success} A
   * value's own invariants are checked only once its members bind, so a document with a wrong
   * member is not also checked for contradictions between members.
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * {@return every warning, such as a newer minor version or an unknown field read in tolerant
   * mode}
   */
  public ImmutableList<Problem> warnings() {
    return warnings;
  }

  /** {@return the properties and codes a tolerant reader kept without understanding them} */
  public ImmutableList<UnknownField> unknownFields() {
    return unknownFields;
  }

  /**
   * {@return the value}
   *
   * @throws WireFormatException carrying every problem, if the document had errors
   */
  public T orElseThrow() {
    if (value == null) {
      throw new WireFormatException(problems);
    }
    return value;
  }

  @Override
  public String toString() {
    return value != null
        ? "ReadResult[" + value + ", warnings=" + warnings + "]"
        : "ReadResult[problems=" + problems + "]";
  }
}
