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

  /** {@return the code of the phase} */
  public abstract String phase();

  /** {@return when the process entered the phase} */
  public abstract Instant enteredAt();

  /** {@return the sequence number of the journal entry that entered the phase} */
  public abstract long enteredBy();

  /**
   * {@return when the process left the phase, or was completed or abandoned in it; empty while it
   * stays}
   */
  public abstract Optional<Instant> exitedAt();

  /**
   * {@return how long the visit lasted, or has lasted until {@code now} if it is still open}
   *
   * @param now the instant an open visit is measured to
   */
  public Duration duration(Instant now) {
    return Duration.between(enteredAt(), exitedAt().orElse(now));
  }

  /** {@return whether the process is still in this visit} */
  public boolean isOpen() {
    return exitedAt().isEmpty();
  }

  static PhaseVisit create(
      String phase, Instant enteredAt, long enteredBy, Optional<Instant> exitedAt) {
    return ImmutablePhaseVisit.of(phase, enteredAt, enteredBy, exitedAt);
  }
}
