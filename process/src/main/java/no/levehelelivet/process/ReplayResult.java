package no.levehelelivet.process;

import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * The result of replaying a journal (<i>gjenoppbygging</i>): the rebuilt instance, or the failure
 * naming the entry at fault. Replay problems are expected outcomes, never exceptions.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class ReplayResult {

  ReplayResult() {}

  /** The rebuilt instance, if replay succeeded. */
  public abstract Optional<ProcessInstance> instance();

  /** The failure, if replay did not succeed. */
  public abstract Optional<ReplayFailure> failure();

  /** Whether replay succeeded. */
  public boolean isReplayed() {
    return instance().isPresent();
  }

  /**
   * The rebuilt instance.
   *
   * @throws IllegalStateException with the failure's message if replay did not succeed
   */
  public ProcessInstance orElseThrow() {
    Optional<ReplayFailure> failure = failure();
    if (failure.isPresent()) {
      throw new IllegalStateException(failure.get().message());
    }
    return instance().orElseThrow();
  }

  static ReplayResult replayed(ProcessInstance instance) {
    return ImmutableReplayResult.of(Optional.of(instance), Optional.empty());
  }

  static ReplayResult failed(ReplayFailure failure) {
    return ImmutableReplayResult.of(Optional.empty(), Optional.of(failure));
  }

  @Value.Check
  void check() {
    if (instance().isPresent() == failure().isPresent()) {
      throw new IllegalArgumentException("a replay has either an instance or a failure");
    }
  }
}
