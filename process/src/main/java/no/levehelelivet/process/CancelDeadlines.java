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

  /** {@return the status that made the deadlines moot: paused, completed or abandoned} */
  public abstract ProcessStatus status();

  /** {@value #KIND}. */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the effect of cancelling the deadlines of a process that stopped with {@code status},
   * as a host that kept it (in an outbox, say) rebuilds it from its parts; the engine makes its own
   * when it accepts a step}
   *
   * @param processId the id of the process instance whose step caused the effect
   * @param sequence the sequence number of the journal entry whose step caused the effect
   * @param trigger the code of the trigger of the step that caused the effect
   * @param index the effect's place among the effects of its step, counting from 0
   * @param status the status that made the deadlines moot: paused, completed or abandoned
   */
  public static CancelDeadlines of(
      String processId, long sequence, String trigger, int index, ProcessStatus status) {
    return ImmutableCancelDeadlines.of(processId, sequence, trigger, index, status);
  }

  static CancelDeadlines of(Cause cause, ProcessStatus status) {
    return ImmutableCancelDeadlines.of(
        cause.processId(), cause.sequence(), cause.trigger(), 0, status);
  }
}
