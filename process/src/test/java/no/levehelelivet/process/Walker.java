package no.levehelelivet.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import no.levehelelivet.core.reflection.ReflectionQuestion;

/**
 * Walks a definition's graph: turns generated steps into commands against the current instance.
 * Most steps do what the process needs next (record a missing criterion with a permitted role, or
 * fire an allowed transition), so walks reach the later phases; the rest fire wrong roles, missing
 * notes, stale versions, clocks behind the journal, unknown codes, criteria and questions of other
 * phases and bad targets, so every rejection reason turns up.
 */
final class Walker {

  /** A generated step: a kind and two choices, interpreted against the instance. */
  record Step(int kind, int a, int b) {}

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private Walker() {}

  static Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(45, 0),
                Tuple.of(8, 1),
                Tuple.of(10, 2),
                Tuple.of(6, 3),
                Tuple.of(4, 4),
                Tuple.of(4, 5),
                Tuple.of(6, 6),
                Tuple.of(3, 7)),
            Arbitraries.integers().between(0, 1_000),
            Arbitraries.integers().between(0, 1_000))
        .as(Step::new)
        .withoutEdgeCases();
  }

  static Arbitrary<List<Step>> walks(int minLength, int maxLength) {
    return steps()
        .list()
        .ofMinSize(minLength)
        .ofMaxSize(maxLength)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  static Clock clock(int step) {
    return Clock.fixed(START.plus(Duration.ofHours(step)), ZoneOffset.UTC);
  }

  static ProcessInstance start(ProcessDefinition definition) {
    return ProcessInstance.start(definition, "walk", Fixtures.VEFSN, Fixtures.LEAD, clock(0));
  }

  /** The command a step stands for, given the instance it will be fired at. */
  static Command command(ProcessInstance instance, Step step) {
    ProcessDefinition definition = instance.definition();
    List<Role> roles = definition.roles();
    Actor anyone = Actor.of("actor-" + step.a() % 7, roles.get(step.a() % roles.size()));
    List<Trigger> triggers = definition.triggers();
    List<Phase> phases = definition.phases();
    List<Criterion> criteria = definition.criteria();
    return switch (step.kind()) {
      case 0 -> helpful(instance, step);
      case 1 -> {
        Criterion criterion = criteria.get(step.b() % criteria.size());
        Command.Builder builder = Command.builder();
        builder.trigger(Trigger.RECORD_CRITERION.code()).actor(anyone).criterion(criterion.code());
        if (step.b() % 2 == 0) {
          builder.addEvidence("case-" + step.b());
        }
        yield builder.build();
      }
      case 2 -> {
        Command.Builder builder = Command.builder();
        builder.trigger(triggers.get(step.b() % triggers.size()).code()).actor(anyone);
        if (step.a() % 3 != 0) {
          builder.note("note " + step.b());
        }
        builder.target(phases.get(step.b() % phases.size()).code());
        builder.criterion(criteria.get(step.a() % criteria.size()).code());
        builder.question(questionCode(instance, step.b()));
        yield builder.build();
      }
      case 3 ->
          Command.answer(
              questionCode(instance, step.b()), anyone, step.a() % 4 == 0 ? " " : "answer");
      case 4 ->
          switch (step.b() % 4) {
            case 0 -> Command.of("unknown-" + step.a() % 3, anyone);
            case 1 -> Command.recordCriterion("no-such-criterion", anyone, "x");
            case 2 -> Command.answer("no-such-question", anyone, "x");
            default -> Command.of(Trigger.RECORD_CRITERION, anyone);
          };
      case 5 -> helpful(instance, step).withExpectedVersion(instance.version() + 1 + step.b() % 2);
      case 6 -> {
        Command.Builder builder = Command.builder();
        builder.trigger(Trigger.REVISIT.code()).actor(Actor.of("lead", Role.PROCESS_LEAD));
        if (step.a() % 5 != 0) {
          builder.note("why");
        }
        int choice = step.b() % (phases.size() + 2);
        if (choice < phases.size()) {
          builder.target(phases.get(choice).code());
        } else if (choice == phases.size()) {
          builder.target("nowhere");
        }
        yield builder.build();
      }
      default -> {
        Trigger status =
            List.of(Trigger.PAUSE, Trigger.RESUME, Trigger.ABANDON, Trigger.COMPLETE)
                .get(step.b() % 4);
        Actor actor =
            step.a() % 2 == 0
                ? permitted(definition, instance.phase(), status.code(), step)
                : anyone;
        Command command = Command.of(status, actor);
        yield step.a() % 4 == 0 ? command : command.withNote("because " + step.a());
      }
    };
  }

  /** Mostly a question of the current phase, sometimes any of the definition's. */
  private static String questionCode(ProcessInstance instance, int choice) {
    List<ReflectionQuestion> questions = instance.currentPhase().questions();
    if (questions.isEmpty() || choice % 5 == 0) {
      questions = instance.definition().questions();
    }
    return questions.get(choice % questions.size()).code();
  }

  /**
   * What the process needs next: resume if paused; else pick a transition from the current phase
   * (mostly a move or completion, sometimes any, such as a revisit, pause or abandon), record its
   * first missing criterion with a permitted role, or fire it with everything it needs.
   */
  private static Command helpful(ProcessInstance instance, Step step) {
    ProcessDefinition definition = instance.definition();
    if (instance.status() == ProcessStatus.PAUSED) {
      return Command.of(Trigger.RESUME, permitted(definition, instance.phase(), "resume", step))
          .withNote("resuming");
    }
    List<Transition> all = new ArrayList<>();
    List<Transition> forward = new ArrayList<>();
    for (Transition transition : definition.transitionsFrom(instance.phase())) {
      if (transition.kind() != TransitionKind.RESUME) {
        all.add(transition);
      }
      if (transition.kind() == TransitionKind.MOVE
          || transition.kind() == TransitionKind.COMPLETE) {
        forward.add(transition);
      }
    }
    List<Transition> pool = step.a() % 5 == 0 || forward.isEmpty() ? all : forward;
    Transition transition = pool.get(step.b() % pool.size());
    for (String code : transition.criteria()) {
      if (!instance.isMet(code)) {
        Criterion criterion = definition.criterion(code);
        List<Role> recorders = new ArrayList<>(criterion.recordedBy());
        Role role = recorders.get(step.a() % recorders.size());
        return Command.recordCriterion(code, Actor.of("recorder", role), "case-" + code);
      }
    }
    List<Role> roles = new ArrayList<>(transition.roles());
    Command command =
        Command.of(transition.trigger(), Actor.of("mover", roles.get(step.a() % roles.size())));
    if (transition.kind() == TransitionKind.REVISIT) {
      int current = definition.phases().indexOf(instance.currentPhase());
      command = command.withTarget(definition.phases().get((step.b() / 7) % current).code());
    }
    return transition.isNoteRequired() ? command.withNote("moving on") : command;
  }

  private static Actor permitted(
      ProcessDefinition definition, String phase, String trigger, Step step) {
    for (Transition transition : definition.transitionsFrom(phase)) {
      if (transition.trigger().code().equals(trigger)) {
        List<Role> roles = new ArrayList<>(transition.roles());
        return Actor.of("resumer", roles.get(step.a() % roles.size()));
      }
    }
    return Fixtures.LEAD;
  }

  /** The instances after each step of a walk, starting with the fresh one, and the outcomes. */
  record Run(List<ProcessInstance> instances, List<Outcome> outcomes) {
    ProcessInstance last() {
      return instances.get(instances.size() - 1);
    }
  }

  static Run run(ProcessDefinition definition, List<Step> steps) {
    List<ProcessInstance> instances = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    ProcessInstance instance = start(definition);
    instances.add(instance);
    int time = 1;
    for (Step step : steps) {
      // now and then a clock behind the last entry, so that LHL-P-013 turns up
      Clock clock = step.kind() == 5 && step.a() % 3 == 0 ? clock(time - 2) : clock(time++);
      Outcome outcome = instance.fire(command(instance, step), clock);
      outcomes.add(outcome);
      instance = outcome.instance();
      instances.add(instance);
    }
    return new Run(instances, outcomes);
  }
}
