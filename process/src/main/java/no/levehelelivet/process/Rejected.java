package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A rejected command (<i>avvist</i>): every reason, the command, and the instance unchanged.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class Rejected implements Outcome {

  Rejected() {}

  /** The instance, unchanged. */
  @Override
  public abstract ProcessInstance instance();

  /** {@return the command that was rejected} */
  public abstract Command command();

  /** Every reason, never empty. */
  @Override
  public abstract ImmutableList<Reason> reasons();

  @Override
  public boolean isAccepted() {
    return false;
  }

  @Override
  public ImmutableList<Effect> effects() {
    return ImmutableList.of();
  }

  /**
   * {@return the codes of the reasons, in order, for example {@link ReasonCode#ROLE_NOT_PERMITTED}
   * then {@link ReasonCode#CRITERION_NOT_MET}}
   */
  public ImmutableList<ReasonCode> codes() {
    ImmutableList.Builder<ReasonCode> codes = ImmutableList.builder();
    for (Reason reason : reasons()) {
      codes.add(reason.code());
    }
    return codes.build();
  }

  static Rejected of(ProcessInstance instance, Command command, ImmutableList<Reason> reasons) {
    return ImmutableRejected.of(instance, command, reasons);
  }
}
