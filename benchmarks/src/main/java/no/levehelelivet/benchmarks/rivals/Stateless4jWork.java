package no.levehelelivet.benchmarks.rivals;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The standard process on stateless4j: one {@link StateMachineConfig} compiled when the adapter is
 * created and shared by every machine; internal transitions as re-entries; the ledger records on
 * entry to a state.
 *
 * <p>stateless4j's guards take no arguments, so the shared config's guards read the process being
 * fired at from a slot the adapter fills before each {@code fire} (one adapter per thread, as the
 * machines themselves are not thread-safe).
 */
public final class Stateless4jWork extends RivalWork {

  private final StateMachineConfig<Phase, Trigger> config = new StateMachineConfig<>();

  /** The ledger of the machine being fired at. */
  private @Nullable Ledger firing;

  /** An adapter with the standard process compiled into a shared config. */
  public Stateless4jWork(Clock clock) {
    super(clock);
    for (Phase phase : Phase.values()) {
      config.configure(phase).onEntry(t -> firing().record(t.getSource(), t.getDestination()));
    }
    for (Spec spec : RivalModel.TRANSITIONS) {
      FuncBoolean guard =
          () -> {
            Ledger ledger = firing();
            return Rules.allows(spec, ledger, ledger.pending());
          };
      if (spec.isInternal()) {
        config.configure(spec.from()).permitReentryIf(spec.trigger(), guard);
      } else {
        config.configure(spec.from()).permitIf(spec.trigger(), spec.to(), guard);
      }
    }
  }

  private Ledger firing() {
    Ledger ledger = firing;
    if (ledger == null) {
      throw new IllegalStateException("no machine is being fired at");
    }
    return ledger;
  }

  @Override
  protected Machine newMachine(Ledger ledger) {
    StateMachine<Phase, Trigger> machine = new StateMachine<>(Phase.START_UP, config);
    // A refused command is an expected outcome, not an exception: the ledger stays unchanged.
    machine.onUnhandledTrigger((state, trigger) -> {});
    return new Machine() {
      @Override
      public boolean fire(Cmd cmd) {
        ledger.prepare(cmd);
        firing = ledger;
        machine.fire(cmd.trigger());
        return ledger.wasAccepted();
      }

      @Override
      public Phase phase() {
        return machine.getState();
      }

      @Override
      public Ledger ledger() {
        return ledger;
      }

      @Override
      public Object machine() {
        return machine;
      }
    };
  }
}
