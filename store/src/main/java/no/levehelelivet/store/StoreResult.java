package no.levehelelivet.store;

/**
 * What became of a step the store was asked to save (<i>utfall av lagring</i>): {@link Saved} (the
 * step is stored), {@link Refused} (the engine refused the command and nothing was stored) or
 * {@link Conflict} (another writer stored a step first and nothing was stored; load again and
 * retry).
 */
public sealed interface StoreResult permits Saved, Refused, Conflict {

  /** {@return whether the step was stored} */
  boolean isSaved();
}
