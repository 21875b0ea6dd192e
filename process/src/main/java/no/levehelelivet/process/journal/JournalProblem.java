package no.levehelelivet.process.journal;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * What {@link Journal#verify()} found wrong with a journal (<i>feil i loggen</i>): its {@link
 * JournalCode}, the position of the first entry at fault (counting from 1) and a message.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class JournalProblem {

  JournalProblem() {}

  /**
   * The stable code of the problem: {@link JournalCode#SEQUENCE_BREAK}, {@link
   * JournalCode#DIGEST_MISMATCH} or {@link JournalCode#HEAD_MISMATCH}.
   */
  public abstract JournalCode code();

  /** The position (counting from 1) of the first entry at fault. */
  public abstract long position();

  /** An explanation in English, starting with the code. */
  public abstract String message();

  static JournalProblem of(JournalCode code, long position, String message) {
    return ImmutableJournalProblem.of(code, position, message);
  }

  @Override
  public String toString() {
    return message();
  }
}
