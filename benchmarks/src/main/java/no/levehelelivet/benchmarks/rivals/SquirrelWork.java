package no.levehelelivet.benchmarks.rivals;

import java.time.Clock;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The standard process on squirrel-foundation: one {@link StateMachineBuilder} prepared when the
 * adapter is created, from which each process gets a new machine; the process's ledger is the event
 * context, so guards ({@code Condition}s) and actions see it.
 */
public final class SquirrelWork extends RivalWork {

  /** The machine class squirrel instantiates for each process. */
  public static final class ProcessMachine
      extends AbstractStateMachine<ProcessMachine, Phase, Trigger, Ledger> {

    /** Called reflectively by squirrel. */
    public ProcessMachine() {}
  }

  private final StateMachineBuilder<ProcessMachine, Phase, Trigger, Ledger> builder;

  /** An adapter with the standard process prepared in a squirrel builder. */
  public SquirrelWork(Clock clock) {
    super(clock);
    builder =
        StateMachineBuilderFactory.create(
            ProcessMachine.class, Phase.class, Trigger.class, Ledger.class);
    for (Spec spec : RivalModel.TRANSITIONS) {
      AnonymousCondition<Ledger> guard =
          new AnonymousCondition<>() {
            @Override
            public boolean isSatisfied(Ledger ledger) {
              return Rules.allows(spec, ledger, ledger.pending());
            }
          };
      AnonymousAction<ProcessMachine, Phase, Trigger, Ledger> record =
          new AnonymousAction<>() {
            @Override
            public void execute(
                Phase from, Phase to, Trigger trigger, Ledger ledger, ProcessMachine machine) {
              ledger.record(from, to);
            }
          };
      if (spec.isInternal()) {
        builder
            .internalTransition()
            .within(spec.from())
            .on(spec.trigger())
            .when(guard)
            .perform(record);
      } else {
        builder
            .externalTransition()
            .from(spec.from())
            .to(spec.to())
            .on(spec.trigger())
            .when(guard)
            .perform(record);
      }
    }
  }

  @Override
  protected Machine newMachine(Ledger ledger) {
    ProcessMachine machine = builder.newStateMachine(Phase.START_UP);
    machine.start(ledger);
    return new Machine() {
      @Override
      public boolean fire(Cmd cmd) {
        ledger.prepare(cmd);
        machine.fire(cmd.trigger(), ledger);
        return ledger.wasAccepted();
      }

      @Override
      public Phase phase() {
        return machine.getCurrentState();
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
