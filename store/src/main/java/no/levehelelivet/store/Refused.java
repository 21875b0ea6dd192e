package no.levehelelivet.store;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.Reason;
import no.levehelelivet.process.Rejected;
import no.levehelelivet.store.internal.StoreTuple;
import org.immutables.value.Value;

/**
 * A command the engine refused (<i>avvist</i>): nothing was stored. The reasons say why, as the
 * engine's {@link Rejected} does.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@StoreTuple
public abstract non-sealed class Refused implements StoreResult {

  Refused() {}

  /** {@return the engine's refusal, with the stored process unchanged} */
  public abstract Rejected rejected();

  /** {@return every reason the engine gave, never empty} */
  public ImmutableList<Reason> reasons() {
    return rejected().reasons();
  }

  @Override
  public boolean isSaved() {
    return false;
  }

  /**
   * {@return the store's refusal carrying the engine's {@code rejected}}
   *
   * @param rejected the engine's refusal, with the stored process unchanged
   */
  public static Refused of(Rejected rejected) {
    return ImmutableRefused.of(rejected);
  }
}
