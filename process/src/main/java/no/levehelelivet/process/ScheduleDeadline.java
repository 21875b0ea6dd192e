package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: schedule a deadline that now applies (<i>sett frist</i>), such as the target date of
 * the phase the process just entered or a milestone attached to it. Its due date is on or after the
 * day of the step (in Norway's time zone, {@code Europe/Oslo}); a deadline already past is {@link
 * ReportOverdue} instead.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class ScheduleDeadline implements Effect {

  /** This effect's {@linkplain #kind() kind}. */
  public static final String KIND = "schedule-deadline";

  ScheduleDeadline() {}

  @Override
  public abstract String processId();

  @Override
  public abstract long sequence();

  @Override
  public abstract String trigger();

  @Override
  public abstract int index();

  /** {@return the deadline to schedule} */
  public abstract Deadline deadline();

  /** {@value #KIND}. */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the effect of scheduling {@code deadline}, as a host that kept it (in an outbox, say)
   * rebuilds it from its parts; the engine makes its own when it accepts a step}
   *
   * @param processId the id of the process instance whose step caused the effect
   * @param sequence the sequence number of the journal entry whose step caused the effect
   * @param trigger the code of the trigger of the step that caused the effect
   * @param index the effect's place among the effects of its step, counting from 0
   * @param deadline the deadline to schedule
   */
  public static ScheduleDeadline of(
      String processId, long sequence, String trigger, int index, Deadline deadline) {
    return ImmutableScheduleDeadline.of(processId, sequence, trigger, index, deadline);
  }

  static ScheduleDeadline of(Cause cause, int index, Deadline deadline) {
    return ImmutableScheduleDeadline.of(
        cause.processId(), cause.sequence(), cause.trigger(), index, deadline);
  }
}
