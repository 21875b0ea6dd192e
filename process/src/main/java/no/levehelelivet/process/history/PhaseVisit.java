package no.levehelelivet.process.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One stay of the process in a phase (<i>opphold i en fase</i>): when it entered and, unless it is
 * still there, when it left or the process ended. A phase revisited has several visits.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class PhaseVisit {

  PhaseVisit() {}

  /** The code of the phase. */
  public abstract String phase();

  /** When the process entered the phase. */
  public abstract Instant enteredAt();

  /** The sequence number of the journal entry that entered the phase. */
  public abstract long enteredBy();

  /** When the process left the phase, or was completed or abandoned in it; empty while it stays. */
  public abstract Optional<Instant> exitedAt();

  /** How long the visit lasted, or has lasted until {@code now} if it is still open. */
  public Duration duration(Instant now) {
    return Duration.between(enteredAt(), exitedAt().orElse(now));
  }

  /** Whether the process is still in this visit. */
  public boolean isOpen() {
    return exitedAt().isEmpty();
  }

  static PhaseVisit create(
      String phase, Instant enteredAt, long enteredBy, Optional<Instant> exitedAt) {
    return ImmutablePhaseVisit.of(phase, enteredAt, enteredBy, exitedAt);
  }
}
