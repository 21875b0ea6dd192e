package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A step that moved the process (<i>endring av fase eller status</i>): who changed its phase or
 * status, when, with which trigger, and why — what an auditor asks.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Move {

  Move() {}

  /** The sequence number of the journal entry. */
  public abstract long sequence();

  /** When it happened. */
  public abstract Instant time();

  /** The id of the actor. */
  public abstract String actorId();

  /** The code of the actor's role. */
  public abstract String role();

  /** The code of the trigger. */
  public abstract String trigger();

  /** The code of the phase before. */
  public abstract String fromPhase();

  /** The code of the phase after. */
  public abstract String toPhase();

  /** The code of the status after. */
  public abstract String status();

  /** Why, as the actor said. */
  public abstract Optional<String> note();

  /** The evidence references given. */
  public abstract ImmutableList<String> evidence();

  static Move create(
      long sequence,
      Instant time,
      String actorId,
      String role,
      String trigger,
      String fromPhase,
      String toPhase,
      String status,
      Optional<String> note,
      ImmutableList<String> evidence) {
    return ImmutableMove.of(
        sequence, time, actorId, role, trigger, fromPhase, toPhase, status, note, evidence);
  }
}
