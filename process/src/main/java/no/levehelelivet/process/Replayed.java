package no.levehelelivet.process;

import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A journal that replayed on its definition (<i>gjenoppbygd</i>): the rebuilt instance, equal to
 * the one built step by step, holding the journal it was rebuilt from.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class Replayed implements ReplayResult {

  Replayed() {}

  /** {@return the rebuilt instance} */
  public abstract ProcessInstance instance();

  @Override
  public boolean isReplayed() {
    return true;
  }

  /** The rebuilt instance; never throws. */
  @Override
  public ProcessInstance orElseThrow() {
    return instance();
  }

  static Replayed of(ProcessInstance instance) {
    return ImmutableReplayed.of(instance);
  }
}
