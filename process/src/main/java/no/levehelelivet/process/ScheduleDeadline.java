package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: schedule a deadline that now applies (<i>sett frist</i>), such as the target date of
 * the phase the process just entered or a milestone attached to it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class ScheduleDeadline implements Effect {

  ScheduleDeadline() {}

  /** The deadline to schedule. */
  public abstract Deadline deadline();

  static ScheduleDeadline of(Deadline deadline) {
    return ImmutableScheduleDeadline.of(deadline);
  }
}
