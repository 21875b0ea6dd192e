package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: tell the actors in the given roles that the process is now in a phase where they are
 * the ones to act (<i>varsle roller</i>). The roles are those permitted to move the process on from
 * that phase. Emitted when the process enters a phase or resumes in one, never when it pauses.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class NotifyRoles implements Effect {

  /** This effect's {@linkplain #kind() kind}. */
  public static final String KIND = "notify-roles";

  NotifyRoles() {}

  @Override
  public abstract String processId();

  @Override
  public abstract long sequence();

  @Override
  public abstract String trigger();

  @Override
  public abstract int index();

  /** {@return the code of the phase the process is in} */
  public abstract String phase();

  /** {@return the roles to notify} */
  public abstract ImmutableList<Role> roles();

  /** {@value #KIND}. */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * {@return the effect of notifying {@code roles} of a step that left the process in {@code
   * phase}, as a host that kept it (in an outbox, say) rebuilds it from its parts; the engine makes
   * its own when it accepts a step}
   *
   * @param processId the id of the process instance whose step caused the effect
   * @param sequence the sequence number of the journal entry whose step caused the effect
   * @param trigger the code of the trigger of the step that caused the effect
   * @param index the effect's place among the effects of its step, counting from 0
   * @param phase the code of the phase the step left the process in
   * @param roles the roles to notify
   */
  public static NotifyRoles of(
      String processId,
      long sequence,
      String trigger,
      int index,
      String phase,
      Iterable<? extends Role> roles) {
    return ImmutableNotifyRoles.of(processId, sequence, trigger, index, phase, roles);
  }

  static NotifyRoles of(Cause cause, int index, String phase, Iterable<? extends Role> roles) {
    return ImmutableNotifyRoles.of(
        cause.processId(), cause.sequence(), cause.trigger(), index, phase, roles);
  }
}
