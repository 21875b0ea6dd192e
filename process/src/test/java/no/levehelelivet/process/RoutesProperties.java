package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import no.levehelelivet.process.Walker.Step;
import org.jspecify.annotations.Nullable;

/**
 * The planner's laws, over random reachable states of the standard definition and of a tailored
 * one, random targets and random roles at hand: a route found is accepted command by command and
 * reaches its target, and no shorter list of commands does; when none is found, none exists. The
 * oracle is a plain breadth-first search over every single command the definition could take —
 * every criterion recorded, every trigger fired (pause, complete and abandon too), every revisit
 * target — by every role at hand, with nothing of the planner's reasoning in it.
 */
class RoutesProperties {

  /** The most states the oracle visits before it stops checking a "no route" answer. */
  private static final int ORACLE_STATES = 20_000;

  record Case(
      ProcessDefinition definition,
      List<Step> walk,
      boolean toTheEnd,
      int target,
      Set<Integer> roles) {

    @Override
    public String toString() {
      return definition + " walk " + walk.size() + " target " + target + " roles " + roles;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.of(ProcessDefinition.standard(), TailoringTest.vefsn()),
            Walker.walks(0, 40),
            Arbitraries.of(true, false, false, false),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 6).set().ofMinSize(1).ofMaxSize(5))
        .as(Case::new);
  }

  @Property(tries = 300, seed = "20261203")
  void aFoundRouteIsAcceptedReachesItsTargetAndNoShorterOneExists(@ForAll("cases") Case c) {
    ProcessDefinition definition = c.definition();
    ProcessInstance instance = stateOf(Walker.run(definition, c.walk()), c.toTheEnd());
    String target = definition.phases().get(c.target() % definition.phases().size()).code();
    List<Role> all = definition.roles();
    Set<Role> roles = new LinkedHashSet<>();
    for (int choice : c.roles()) {
      roles.add(all.get(choice % all.size()));
    }

    RouteResult result = Routes.plan(instance, target, roles);

    Statistics.label("found").collect(result.isFound());
    Statistics.label("status").collect(instance.status().code());
    Statistics.label("found").coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
    int oracle = shortest(instance, target, List.copyOf(roles), result);
    if (result instanceof Route route) {
      ProcessInstance end = Fixtures.take(instance, route.steps(), 30);
      assertThat(end.phase()).isEqualTo(target);
      assertThat(end.isActive()).isTrue();
      for (RouteStep step : route.steps()) {
        assertThat(roles).containsAll(step.roles());
        assertThat(step.roles()).isNotEmpty();
      }
      assertThat(oracle).as("the fewest commands the oracle needs").isEqualTo(route.size());
    } else {
      NoRoute none = (NoRoute) result;
      assertThat(none.obstacles()).isNotEmpty();
      if (oracle != TOO_MANY) {
        assertThat(oracle).as("the oracle finds no way either").isEqualTo(NONE);
      }
    }
  }

  /**
   * The state a walk ends in; unless {@code toTheEnd}, the last one before the process was
   * completed or abandoned, so that most cases have somewhere left to go.
   */
  private static ProcessInstance stateOf(Walker.Run run, boolean toTheEnd) {
    List<ProcessInstance> instances = run.instances();
    for (int i = instances.size() - 1; i >= 0 && !toTheEnd; i--) {
      if (!instances.get(i).status().isFinal()) {
        return instances.get(i);
      }
    }
    return run.last();
  }

  private static final int NONE = -1;
  private static final int TOO_MANY = -2;

  /**
   * The fewest single commands that leave the instance active in {@code target}: {@link #NONE} if
   * no list does, {@link #TOO_MANY} if the oracle stopped before it could tell. A search for a
   * route found stops at the route's length.
   */
  private static int shortest(
      ProcessInstance start, String target, List<Role> roles, RouteResult planned) {
    int bound = planned instanceof Route route ? route.size() : Integer.MAX_VALUE;
    Set<String> seen = new HashSet<>();
    List<ProcessInstance> layer = new ArrayList<>(List.of(start));
    seen.add(state(start));
    for (int depth = 0; !layer.isEmpty(); depth++) {
      for (ProcessInstance instance : layer) {
        if (instance.isActive() && instance.phase().equals(target)) {
          return depth;
        }
      }
      if (depth == bound) {
        return NONE;
      }
      List<ProcessInstance> next = new ArrayList<>();
      for (ProcessInstance instance : layer) {
        for (Command command : everyCommand(instance.definition())) {
          ProcessInstance after = fireAsAnyone(instance, command, roles);
          if (after != null && seen.add(state(after))) {
            next.add(after);
          }
        }
      }
      if (seen.size() > ORACLE_STATES) {
        Statistics.label("oracle").collect("stopped");
        return TOO_MANY;
      }
      layer = next;
    }
    return NONE;
  }

  private static String state(ProcessInstance instance) {
    return instance.phase()
        + " "
        + instance.status()
        + " "
        + new TreeSet<>(instance.criteria().keySet());
  }

  private static @Nullable ProcessInstance fireAsAnyone(
      ProcessInstance instance, Command command, List<Role> roles) {
    Clock clock = Clock.fixed(instance.journal().last().orElseThrow().time(), ZoneOffset.UTC);
    for (Role role : roles) {
      Command as = Command.builder().from(command).actor(Actor.of("oracle", role)).build();
      Outcome outcome = instance.fire(as, clock);
      if (outcome.isAccepted()) {
        return outcome.instance();
      }
    }
    return null;
  }

  /** Every command the definition could take, each with a note and evidence. */
  private static List<Command> everyCommand(ProcessDefinition definition) {
    Actor nobody = Actor.of("oracle", Role.PROCESS_LEAD);
    List<Command> commands = new ArrayList<>();
    for (Criterion criterion : definition.criteria()) {
      commands.add(Command.recordCriterion(criterion.code(), nobody, "sak 2026/1"));
    }
    for (Trigger trigger : definition.triggers()) {
      if (trigger.isReserved()) {
        continue;
      }
      Command command = Command.of(trigger, nobody).withNote("fordi");
      if (trigger.equals(Trigger.REVISIT)) {
        for (Phase phase : definition.phases()) {
          commands.add(command.withTarget(phase.code()));
        }
      } else {
        commands.add(command);
      }
    }
    return commands;
  }
}
