package no.levehelelivet.process.history;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.internal.TupleValue;
import no.levehelelivet.process.journal.JournalEntry;
import org.immutables.value.Value;

/**
 * A step that moved the process (<i>endring av fase eller status</i>): who changed its phase or
 * status, when, with which trigger, and why — what an auditor asks. It is the journal entry that
 * did it, with shortcuts to what an auditor reads most.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Move {

  Move() {}

  /** The journal entry that moved the process. */
  public abstract JournalEntry entry();

  /** The sequence number of the journal entry. */
  public long sequence() {
    return entry().sequence();
  }

  /** When it happened. */
  public Instant time() {
    return entry().time();
  }

  /** The id of the actor who moved the process. */
  public String actorId() {
    return entry().actorId();
  }

  /** The code of the actor's role. */
  public String role() {
    return entry().role();
  }

  /** The code of the trigger. */
  public String trigger() {
    return entry().trigger();
  }

  /** The code of the phase before. */
  public String fromPhase() {
    return entry().fromPhase();
  }

  /** The code of the phase after. */
  public String toPhase() {
    return entry().toPhase();
  }

  /** The status after. */
  public ProcessStatus status() {
    return entry().status();
  }

  /** Why, as the actor said. */
  public Optional<String> note() {
    return entry().note();
  }

  /** The evidence references given. */
  public ImmutableList<String> evidence() {
    return entry().evidence();
  }

  static Move of(JournalEntry entry) {
    return ImmutableMove.of(entry);
  }
}
