package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.levehelelivet.core.UnknownCodeException;

/**
 * The way forward (<i>veien videre</i>): what is left (<i>det som gjenstår</i>) between a process
 * and a phase a user picks — the criteria to record and the triggers to fire, and by which roles.
 *
 * <p>{@link #plan} finds the shortest list of commands, in number of commands, that the engine
 * accepts one after the other from the instance as it is and that leaves the process active in the
 * target phase: each step is tried with the real engine on the instances it gives, so a route is
 * what the engine accepts, never a separate model of its rules. When there is none it says why, as
 * {@link Obstacle}s a screen can show.
 *
 * <p>Stateless and thread-safe. Planning fires commands only at immutable copies; if the instance's
 * journal salts its texts, it draws salts from the journal's source of randomness for them.
 */
public final class Routes {

  /** The most states a plan looks at before it gives up with {@link ObstacleKind#SEARCH_LIMIT}. */
  static final int MAX_STATES = 100_000;

  private Routes() {}

  /**
   * Plans the shortest way from {@code instance} to {@code targetPhase} for actors in the given
   * roles (<i>veien videre</i>): a {@link Route} whose steps, fired in order by actors in their
   * roles with a note and evidence where a step requires them, leave the process active in the
   * target phase; or a {@link NoRoute} naming the obstacles. A process already active in the target
   * phase has an empty route; a paused one there needs only to be resumed; a completed or abandoned
   * process has none ({@link ObstacleKind#PROCESS_NOT_ACTIVE}). Roles the definition does not know
   * are never permitted anything.
   *
   * <p>Of the shortest routes, the planner prefers the one whose transitions come first in the
   * definition's order, so the same question always gets the same answer.
   *
   * @param instance the process as it is now
   * @param targetPhase the code of the phase to reach
   * @param roles the roles of the actors at hand, such as the user's own
   * @return a {@link Route} to the target phase, or a {@link NoRoute} saying what stands in the way
   * @throws UnknownCodeException ({@code LHL-C-001}) if the definition has no phase {@code
   *     targetPhase}, naming the phases it has
   */
  public static RouteResult plan(
      ProcessInstance instance, String targetPhase, Set<? extends Role> roles) {
    return plan(instance, targetPhase, roles, MAX_STATES);
  }

  /** As {@link #plan(ProcessInstance, String, Set)}, looking at no more than {@code maxStates}. */
  static RouteResult plan(
      ProcessInstance instance, String targetPhase, Set<? extends Role> roles, int maxStates) {
    ProcessDefinition definition = instance.definition();
    int target = definition.index().node(targetPhase).index();
    if (instance.status().isFinal()) {
      return NoRoute.of(
          targetPhase,
          ImmutableList.of(
              Obstacle.of(
                  ObstacleKind.PROCESS_NOT_ACTIVE, instance.status().code(), ImmutableSet.of())));
    }
    int[] distance = PhaseGraph.of(definition).distancesTo(target);
    if (distance[Planner.indexOf(instance, instance.phase())] < 0) {
      return NoRoute.of(
          targetPhase,
          ImmutableList.of(Obstacle.of(ObstacleKind.UNREACHABLE, targetPhase, ImmutableSet.of())));
    }
    Planner.Search search =
        Planner.search(
            instance,
            reached -> reached.isActive() && reached.phase().equals(targetPhase),
            inOrder(definition, roles),
            maxStates);
    if (search.steps().isPresent()) {
      return Route.of(instance.phase(), targetPhase, search.steps().get());
    }
    return NoRoute.of(targetPhase, obstacles(instance, targetPhase, search, distance, maxStates));
  }

  /**
   * The obstacles of a search that found nothing: a full journal alone; else those on moves that
   * would have brought the process closer to the target (or resumed it), or failing those every one
   * met; and the search limit if it was reached.
   */
  private static ImmutableList<Obstacle> obstacles(
      ProcessInstance instance,
      String target,
      Planner.Search search,
      int[] distance,
      int maxStates) {
    Map<String, Obstacle> closer = new LinkedHashMap<>();
    Map<String, Obstacle> all = new LinkedHashMap<>();
    for (Planner.Blocked blocked : search.blocked()) {
      Obstacle obstacle = blocked.obstacle();
      if (obstacle.kind() == ObstacleKind.JOURNAL_FULL) {
        return ImmutableList.of(obstacle);
      }
      String key = obstacle.kind().code() + " " + obstacle.subject();
      all.putIfAbsent(key, obstacle);
      int to = distance[blocked.to()];
      if (blocked.kind() == TransitionKind.RESUME || (to >= 0 && to < distance[blocked.from()])) {
        closer.putIfAbsent(key, obstacle);
      }
    }
    List<Obstacle> obstacles = new ArrayList<>(closer.isEmpty() ? all.values() : closer.values());
    if (search.limitReached()) {
      obstacles.add(
          Obstacle.of(ObstacleKind.SEARCH_LIMIT, Integer.toString(maxStates), ImmutableSet.of()));
    }
    if (obstacles.isEmpty()) {
      obstacles.add(
          instance.status() == ProcessStatus.PAUSED
              ? Obstacle.of(
                  ObstacleKind.PROCESS_NOT_ACTIVE, instance.status().code(), ImmutableSet.of())
              : Obstacle.of(ObstacleKind.UNREACHABLE, target, ImmutableSet.of()));
    }
    return ImmutableList.copyOf(obstacles);
  }

  /**
   * The roles at hand, each code once: the definition's in its order, then roles it does not know
   * by code.
   */
  static List<Role> inOrder(ProcessDefinition definition, Set<? extends Role> roles) {
    Map<String, Role> byCode = new LinkedHashMap<>();
    List<Role> unknown = new ArrayList<>();
    for (Role role : roles) {
      byCode.putIfAbsent(role.code(), role);
    }
    List<Role> ordered = new ArrayList<>();
    for (Role role : definition.roles()) {
      Role given = byCode.remove(role.code());
      if (given != null) {
        ordered.add(given);
      }
    }
    unknown.addAll(byCode.values());
    unknown.sort(Comparator.comparing(Role::code));
    ordered.addAll(unknown);
    return ordered;
  }
}
