package no.levehelelivet.process.history;

import java.time.Instant;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An answer to a reflection question (<i>svar på refleksjonsspørsmål</i>) as recorded in the
 * journal: the question, the text, who answered in which role, and when.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Answer {

  Answer() {}

  /** The code of the question. */
  public abstract String question();

  /** The answer. */
  public abstract String text();

  /** The id of the actor who answered. */
  public abstract String actorId();

  /** The code of the role they answered in. */
  public abstract String role();

  /** When they answered. */
  public abstract Instant time();

  /** The sequence number of the journal entry. */
  public abstract long sequence();

  static Answer of(
      String question, String text, String actorId, String role, Instant time, long sequence) {
    return ImmutableAnswer.of(question, text, actorId, role, time, sequence);
  }
}
