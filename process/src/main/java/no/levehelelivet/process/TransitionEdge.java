package no.levehelelivet.process;

import java.util.Optional;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One transition of a definition as taken from one phase (<i>overgang fra en fase</i>): a
 * transition allowed from several phases is an edge from each, and a revisit one edge to each
 * earlier phase. The edges of a definition are what {@link TransitionCoverage} fires.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class TransitionEdge {

  TransitionEdge() {}

  /** {@return the code of the phase the transition is taken from} */
  public abstract String phase();

  /** {@return the trigger that fires it} */
  public abstract Trigger trigger();

  /** {@return what it does} */
  public abstract TransitionKind kind();

  /**
   * {@return the code of the phase it leads to, for a move and a revisit; empty for a change of
   * status, which keeps the phase}
   */
  public abstract Optional<String> to();

  /**
   * {@return whether {@code step} fires this edge: a fire step of its trigger from its phase, to
   * its target if it is a revisit}
   *
   * @param step a step of a planned route
   */
  public boolean isFiredBy(RouteStep step) {
    return step.kind() == StepKind.FIRE
        && step.phase().equals(phase())
        && step.trigger().code().equals(trigger().code())
        && (kind() != TransitionKind.REVISIT || step.target().equals(to()));
  }

  static TransitionEdge of(
      String phase, Trigger trigger, TransitionKind kind, Optional<String> to) {
    return ImmutableTransitionEdge.of(phase, trigger, kind, to);
  }

  @Override
  public String toString() {
    return trigger().code() + " from " + phase() + to().map(t -> " to " + t).orElse("");
  }
}
