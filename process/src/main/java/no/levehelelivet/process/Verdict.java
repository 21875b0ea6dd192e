package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * Whether an actor may fire a trigger now (<i>vurdering</i>), asked before acting so that a
 * case-management screen can enable the right buttons and explain the disabled ones.
 *
 * <p>A verdict weighs the process's status, phase, criteria and the actor's role; what only a
 * command carries (note, evidence, revisit target, expected version) is checked when firing. For a
 * revisit, {@link #options()} lists the phases the process may go back to; for recording a
 * criterion, the criteria the actor may record that are not yet met, of phases the process has
 * reached; for answering, the current phase's questions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Verdict {

  Verdict() {}

  /** {@return the trigger} */
  public abstract Trigger trigger();

  /** {@return why the trigger is not allowed now; empty if it is} */
  public abstract ImmutableList<Reason> reasons();

  /** {@return the codes the command may choose from: revisit targets, criteria or questions} */
  public abstract ImmutableList<String> options();

  /** {@return whether the actor may fire the trigger now} */
  public boolean isAllowed() {
    return reasons().isEmpty();
  }

  static Verdict of(Trigger trigger, ImmutableList<Reason> reasons, ImmutableList<String> options) {
    return ImmutableVerdict.of(trigger, reasons, options);
  }
}
