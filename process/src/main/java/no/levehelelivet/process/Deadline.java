package no.levehelelivet.process;

import java.time.LocalDate;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A deadline of a process instance (<i>frist</i>): a phase's target date or a milestone attached to
 * a phase, with the date it is due. {@link ScheduleDeadline} asks the host to schedule one when it
 * applies; {@link ProcessInstance#overdue} lists those past due.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Deadline {

  Deadline() {}

  /** {@return whether the deadline is a phase's target date or a milestone} */
  public abstract DeadlineKind kind();

  /** {@return the code of the phase (for a target date) or of the milestone} */
  public abstract String code();

  /** {@return the code of the phase the deadline belongs to} */
  public abstract String phase();

  /** {@return the date it is due} */
  public abstract LocalDate due();

  /**
   * {@return the deadline of the given kind and code, belonging to {@code phase}, due on {@code
   * due}}
   *
   * @param kind whether the deadline is a phase's target date or a milestone
   * @param code the code of the phase or milestone that falls due
   * @param phase the code of the phase the deadline belongs to
   * @param due the day the deadline falls due
   */
  public static Deadline of(DeadlineKind kind, String code, String phase, LocalDate due) {
    return ImmutableDeadline.of(kind, code, phase, due);
  }
}
