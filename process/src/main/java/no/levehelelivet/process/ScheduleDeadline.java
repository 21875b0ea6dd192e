package no.levehelelivet.process;

import java.time.LocalDate;
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

  /** Whether the deadline is a phase's target date or a milestone. */
  public abstract DeadlineKind kind();

  /** The code of the phase or milestone. */
  public abstract String code();

  /** The code of the phase the deadline belongs to. */
  public abstract String phase();

  /** The date it is due. */
  public abstract LocalDate due();

  /** Returns the effect. */
  public static ScheduleDeadline of(DeadlineKind kind, String code, String phase, LocalDate due) {
    return ImmutableScheduleDeadline.of(kind, code, phase, due);
  }
}
