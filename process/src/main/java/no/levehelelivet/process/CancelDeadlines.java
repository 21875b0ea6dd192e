package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: cancel every scheduled deadline of the instance (<i>fjern frister</i>), because it was
 * paused, completed or abandoned. Resuming schedules the current phase's deadlines again.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class CancelDeadlines implements Effect {

  CancelDeadlines() {}

  /** The status that made the deadlines moot: paused, completed or abandoned. */
  public abstract ProcessStatus status();

  static CancelDeadlines of(ProcessStatus status) {
    return ImmutableCancelDeadlines.of(status);
  }
}
