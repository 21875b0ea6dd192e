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

  /** This effect's {@linkplain #kind() kind}. */
  public static final String KIND = "cancel-deadlines";

  CancelDeadlines() {}

  @Override
  public abstract String processId();

  @Override
  public abstract long sequence();

  @Override
  public abstract String trigger();

  @Override
  public abstract int index();

  /** The status that made the deadlines moot: paused, completed or abandoned. */
  public abstract ProcessStatus status();

  /** {@value #KIND}. */
  @Override
  public String kind() {
    return KIND;
  }

  static CancelDeadlines of(Cause cause, ProcessStatus status) {
    return ImmutableCancelDeadlines.of(
        cause.processId(), cause.sequence(), cause.trigger(), 0, status);
  }
}
