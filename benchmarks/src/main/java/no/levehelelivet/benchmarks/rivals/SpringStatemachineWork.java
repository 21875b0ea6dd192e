package no.levehelelivet.benchmarks.rivals;

import java.time.Clock;
import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import reactor.core.publisher.Mono;

/**
 * The standard process on Spring Statemachine, without a Spring context: one {@link
 * StateMachineFactory} created when the adapter is created, from which each process gets a new,
 * started machine; the process's ledger is an extended-state variable, where guards and actions
 * find it; events are sent as messages the reactive way and awaited.
 */
public final class SpringStatemachineWork extends RivalWork {

  private static final String LEDGER = "ledger";

  private final StateMachineFactory<Phase, Trigger> factory;

  /** An adapter with the standard process compiled into a Spring state-machine factory. */
  public SpringStatemachineWork(Clock clock) {
    super(clock);
    StateMachineBuilder.Builder<Phase, Trigger> builder = StateMachineBuilder.builder();
    try {
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder
          .configureStates()
          .withStates()
          .initial(Phase.START_UP)
          .states(EnumSet.allOf(Phase.class))
          .end(Phase.COMPLETED)
          .end(Phase.ABANDONED);
      StateMachineTransitionConfigurer<Phase, Trigger> transitions = builder.configureTransitions();
      for (Spec spec : RivalModel.TRANSITIONS) {
        Guard<Phase, Trigger> guard =
            context -> {
              Ledger ledger = ledger(context);
              return Rules.allows(spec, ledger, ledger.pending());
            };
        Action<Phase, Trigger> record = context -> ledger(context).record(spec.from(), spec.to());
        if (spec.isInternal()) {
          transitions
              .withInternal()
              .source(spec.from())
              .event(spec.trigger())
              .guard(guard)
              .action(record);
        } else {
          transitions
              .withExternal()
              .source(spec.from())
              .target(spec.to())
              .event(spec.trigger())
              .guard(guard)
              .action(record);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the standard process", e);
    }
    factory = builder.createFactory();
  }

  private static Ledger ledger(StateContext<Phase, Trigger> context) {
    Ledger ledger = context.getExtendedState().get(LEDGER, Ledger.class);
    if (ledger == null) {
      throw new IllegalStateException("the machine has no ledger");
    }
    return ledger;
  }

  @Override
  protected Machine newMachine(Ledger ledger) {
    StateMachine<Phase, Trigger> machine = factory.getStateMachine();
    machine.getExtendedState().getVariables().put(LEDGER, ledger);
    machine.startReactively().block();
    return new Machine() {
      @Override
      public boolean fire(Cmd cmd) {
        ledger.prepare(cmd);
        machine.sendEvent(Mono.just(MessageBuilder.withPayload(cmd.trigger()).build())).blockLast();
        return ledger.wasAccepted();
      }

      @Override
      public Phase phase() {
        return machine.getState().getId();
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
