package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.process.Accepted;
import no.levehelelivet.process.Actor;
import no.levehelelivet.process.Command;
import no.levehelelivet.process.Criterion;
import no.levehelelivet.process.Outcome;
import no.levehelelivet.process.ProcessDefinition;
import no.levehelelivet.process.ProcessInstance;
import no.levehelelivet.process.ProcessStatus;
import no.levehelelivet.process.Rejected;
import no.levehelelivet.process.Role;
import no.levehelelivet.process.Transition;
import no.levehelelivet.process.TransitionKind;
import no.levehelelivet.process.Trigger;

/**
 * A walk through a definition, fired at once in memory and through a store. Steps are built from
 * the definition's own triggers, roles, criteria and questions: most do what the process needs
 * next, so walks reach the later phases; the rest name any trigger, role or criterion, expect a
 * wrong version or run the clock backwards, so refusals and conflicts turn up too.
 */
final class StoreWalk {

  /** A generated step: a kind and two choices, read against the instance it is fired at. */
  record Step(int kind, int a, int b) {}

  private StoreWalk() {}

  static Arbitrary<List<Step>> walks(int minLength, int maxLength) {
    Arbitrary<Integer> kinds =
        Arbitraries.frequency(
            Tuple.of(50, 0),
            Tuple.of(8, 1),
            Tuple.of(8, 2),
            Tuple.of(6, 3),
            Tuple.of(8, 4),
            Tuple.of(8, 5),
            Tuple.of(5, 6),
            Tuple.of(5, 7));
    Arbitrary<Integer> choices = Arbitraries.integers().between(0, 1_000);
    return Combinators.combine(kinds, choices, choices)
        .as(Step::new)
        .withoutEdgeCases()
        .list()
        .ofMinSize(minLength)
        .ofMaxSize(maxLength)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /**
   * Starts process {@code id} on {@code definition}, creates it in {@code store}, then fires each
   * step both in memory and through the store, checking that the store saves what the engine
   * accepts, refuses what it rejects with the same reasons, and conflicts on a wrong expected
   * version; and that the stored process loads back equal to the one fired in memory.
   *
   * @return what became of each step ({@code saved}, {@code refused} or {@code conflict}), and the
   *     phase the walk ended in
   */
  static List<String> check(
      ProcessStore store, ProcessDefinition definition, String id, List<Step> steps) {
    ProcessInstance instance = Fixtures.started(definition, id, Fixtures.VEFSN);
    StoreAssertions.saved(store.create(instance));
    List<String> results = new ArrayList<>();
    int hour = 1;
    for (Step step : steps) {
      Command command = command(instance, step);
      // now and then a clock behind the last entry, so that LHL-P-013 turns up
      Clock clock = step.kind() == 6 ? Fixtures.hour(hour - 2) : Fixtures.hour(hour++);
      Outcome outcome = instance.fire(command, clock);
      StoreResult result = store.apply(id, command, clock);
      long version = instance.version();
      if (command.expectedVersion().isPresent()
          && command.expectedVersion().getAsLong() != version) {
        assertThat(result)
            .isEqualTo(Conflict.of(id, command.expectedVersion().getAsLong(), version));
        results.add("conflict");
      } else if (outcome instanceof Accepted accepted) {
        Saved saved = StoreAssertions.saved(result);
        instance = accepted.instance();
        assertThat(saved.instance()).isEqualTo(instance);
        assertThat(saved.entries()).containsExactly(instance.journal().entry(instance.version()));
        assertThat(saved.effects()).isEqualTo(accepted.effects());
        results.add("saved");
      } else {
        assertThat(result).isInstanceOf(Refused.class);
        assertThat(((Refused) result).reasons()).isEqualTo(((Rejected) outcome).reasons());
        results.add("refused");
      }
    }
    assertThat(store.load(id)).isEqualTo(instance);
    ProcessSummary summary = store.summary(id).orElseThrow();
    assertThat(summary.version()).isEqualTo(instance.version());
    assertThat(summary.phase()).isEqualTo(instance.phase());
    assertThat(summary.status()).isEqualTo(instance.status());
    assertThat(summary.headDigest()).isEqualTo(instance.journal().headDigest());
    results.add(instance.phase());
    return results;
  }

  /** The command a step stands for, given the instance it will be fired at. */
  static Command command(ProcessInstance instance, Step step) {
    ProcessDefinition definition = instance.definition();
    List<Role> roles = definition.roles();
    Actor anyone = Actor.of("actor-" + step.a() % 5, roles.get(step.a() % roles.size()));
    List<Criterion> criteria = definition.criteria();
    List<Trigger> triggers = definition.triggers();
    return switch (step.kind()) {
      case 1 -> {
        String criterion = criteria.get(step.b() % criteria.size()).code();
        yield step.b() % 2 == 0
            ? Command.recordCriterion(criterion, anyone, "sak " + step.b())
            : Command.recordCriterion(criterion, anyone);
      }
      case 2 -> {
        Command command = Command.of(triggers.get(step.b() % triggers.size()), anyone);
        String target = definition.phases().get(step.a() % definition.phases().size()).code();
        yield step.a() % 3 == 0
            ? command
            : command.withNote("fordi " + step.b()).withTarget(target);
      }
      case 3 -> {
        List<ReflectionQuestion> questions = definition.questions();
        String question = questions.get(step.b() % questions.size()).code();
        yield Command.answer(question, anyone, step.a() % 4 == 0 ? " " : "svar " + step.a());
      }
      case 4 -> helpful(instance, step).withExpectedVersion(instance.version() - 1 + step.b() % 3);
      case 5 -> {
        Trigger status =
            List.of(Trigger.PAUSE, Trigger.RESUME, Trigger.ABANDON, Trigger.COMPLETE)
                .get(step.b() % 4);
        Command command = Command.of(status, anyone);
        yield step.a() % 4 == 0 ? command : command.withNote("fordi " + step.a());
      }
      case 7 -> {
        String target = definition.phases().get(step.b() % definition.phases().size()).code();
        yield Command.revisit(target, Fixtures.LEAD, "tilbake til " + target);
      }
      default -> helpful(instance, step);
    };
  }

  /**
   * What the process needs next: resume if paused; else pick a forward transition from the current
   * phase, and record its first missing criterion with a role that may, or fire it.
   */
  private static Command helpful(ProcessInstance instance, Step step) {
    ProcessDefinition definition = instance.definition();
    if (instance.status() == ProcessStatus.PAUSED) {
      return Command.of(Trigger.RESUME, Fixtures.LEAD).withNote("vi held fram");
    }
    List<Transition> forward = new ArrayList<>();
    for (Transition transition : definition.transitionsFrom(instance.phase())) {
      if (transition.kind() == TransitionKind.MOVE
          || transition.kind() == TransitionKind.COMPLETE) {
        forward.add(transition);
      }
    }
    if (forward.isEmpty()) {
      return Command.of(Trigger.PAUSE, Fixtures.LEAD).withNote("ingen veg vidare");
    }
    Transition transition = forward.get(step.b() % forward.size());
    for (String code : transition.criteria()) {
      if (!instance.isMet(code)) {
        List<Role> recorders = new ArrayList<>(definition.criterion(code).recordedBy());
        Role role = recorders.get(step.a() % recorders.size());
        return Command.recordCriterion(code, Actor.of("recorder", role), "sak " + code);
      }
    }
    List<Role> movers = new ArrayList<>(transition.roles());
    Command command =
        Command.of(transition.trigger(), Actor.of("mover", movers.get(step.a() % movers.size())));
    return transition.isNoteRequired() ? command.withNote("vidare") : command;
  }
}
