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

  /** {@return the code of the question} */
  public abstract String question();

  /** {@return the answer} */
  public abstract String text();

  /** {@return the id of the actor who answered} */
  public abstract String actorId();

  /** {@return the code of the role they answered in} */
  public abstract String role();

  /** {@return when they answered} */
  public abstract Instant time();

  /** {@return the sequence number of the journal entry} */
  public abstract long sequence();

  static Answer of(
      String question, String text, String actorId, String role, Instant time, long sequence) {
    return ImmutableAnswer.of(question, text, actorId, role, time, sequence);
  }
}
