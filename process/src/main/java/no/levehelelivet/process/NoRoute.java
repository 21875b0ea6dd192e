package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * No way to a phase (<i>ingen vei videre</i>): the obstacles that stop every list of commands the
 * roles at hand could issue, such as a trigger none of them may fire. The obstacles are those met
 * first on the ways that lead closer to the target; removing them may reveal others further on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class NoRoute implements RouteResult {

  NoRoute() {}

  @Override
  public abstract String target();

  /** {@return why no route leads there, never empty, in the order the planner met them} */
  public abstract ImmutableList<Obstacle> obstacles();

  /** {@return the kinds of the obstacles, in the order of their first obstacle} */
  public ImmutableSet<ObstacleKind> kinds() {
    ImmutableSet.Builder<ObstacleKind> kinds = ImmutableSet.builder();
    for (Obstacle obstacle : obstacles()) {
      kinds.add(obstacle.kind());
    }
    return kinds.build();
  }

  @Override
  public boolean isFound() {
    return false;
  }

  static NoRoute of(String target, Iterable<? extends Obstacle> obstacles) {
    return ImmutableNoRoute.of(target, obstacles);
  }
}
