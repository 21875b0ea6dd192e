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

  /** {@return the journal entry that moved the process} */
  public abstract JournalEntry entry();

  /** {@return the sequence number of the journal entry} */
  public long sequence() {
    return entry().sequence();
  }

  /** {@return when it happened} */
  public Instant time() {
    return entry().time();
  }

  /** {@return the id of the actor who moved the process} */
  public String actorId() {
    return entry().actorId();
  }

  /** {@return the code of the actor's role} */
  public String role() {
    return entry().role();
  }

  /** {@return the code of the trigger} */
  public String trigger() {
    return entry().trigger();
  }

  /** {@return the code of the phase before} */
  public String fromPhase() {
    return entry().fromPhase();
  }

  /** {@return the code of the phase after} */
  public String toPhase() {
    return entry().toPhase();
  }

  /** {@return the status after} */
  public ProcessStatus status() {
    return entry().status();
  }

  /** {@return why, as the actor said} */
  public Optional<String> note() {
    return entry().note();
  }

  /** {@return the evidence references given} */
  public ImmutableList<String> evidence() {
    return entry().evidence();
  }

  static Move of(JournalEntry entry) {
    return ImmutableMove.of(entry);
  }
}
