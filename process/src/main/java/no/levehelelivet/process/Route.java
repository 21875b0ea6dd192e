package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * The way forward (<i>veien videre</i>) from a process to a phase: the steps, in order, that the
 * engine accepts one after the other and that leave the process active in the target phase, as few
 * as any such list can have. Empty if the process is already active there.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class Route implements RouteResult {

  Route() {}

  /** {@return the code of the phase the process is in now} */
  public abstract String from();

  @Override
  public abstract String target();

  /** {@return the steps, in the order they must be taken} */
  public abstract ImmutableList<RouteStep> steps();

  /** {@return whether nothing is left: the process is already active in the target phase} */
  public boolean isEmpty() {
    return steps().isEmpty();
  }

  /** {@return the number of steps, each one command} */
  public int size() {
    return steps().size();
  }

  @Override
  public boolean isFound() {
    return true;
  }

  static Route of(String from, String target, Iterable<? extends RouteStep> steps) {
    return ImmutableRoute.of(from, target, steps);
  }
}
