package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: a deadline that now applies was already past on the day of the step (<i>frist allerede
 * passert</i>), in Norway's time zone ({@code Europe/Oslo}); show it as overdue, do not schedule
 * it. For example, a process entering plan and decide in 2026 meets the national milestone of local
 * plans adopted by the end of 2021. {@link ProcessInstance#overdue} lists it too.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class ReportOverdue implements Effect {

  /** This effect's {@linkplain #kind() kind}. */
  public static final String KIND = "report-overdue";

  ReportOverdue() {}

  @Override
  public abstract String processId();

  @Override
  public abstract long sequence();

  @Override
  public abstract String trigger();

  @Override
  public abstract int index();

  /** {@return the deadline already past} */
  public abstract Deadline deadline();

  /** {@value #KIND}. */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the effect of reporting as overdue {@code deadline}, as a host that kept it (in an
   * outbox, say) rebuilds it from its parts; the engine makes its own when it accepts a step}
   *
   * @param processId the id of the process instance whose step caused the effect
   * @param sequence the sequence number of the journal entry whose step caused the effect
   * @param trigger the code of the trigger of the step that caused the effect
   * @param index the effect's place among the effects of its step, counting from 0
   * @param deadline the deadline that is past due
   */
  public static ReportOverdue of(
      String processId, long sequence, String trigger, int index, Deadline deadline) {
    return ImmutableReportOverdue.of(processId, sequence, trigger, index, deadline);
  }

  static ReportOverdue of(Cause cause, int index, Deadline deadline) {
    return ImmutableReportOverdue.of(
        cause.processId(), cause.sequence(), cause.trigger(), index, deadline);
  }
}
