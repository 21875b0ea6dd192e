package no.levehelelivet.process;

/**
 * The result of replaying a journal (<i>gjenoppbygging</i>): {@link Replayed}, with the rebuilt
 * instance, or {@link ReplayFailure}, naming the entry at fault and why. A journal that does not
 * replay is an expected outcome, not an exception; {@link #orElseThrow()} turns it into one where
 * the caller cannot go on without the instance.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ReplayResult permits Replayed, ReplayFailure {

  /** {@return whether the journal replayed, so that this result is {@link Replayed}} */
  boolean isReplayed();

  /**
   * {@return the rebuilt instance}
   *
   * @throws ReplayException carrying the failure if the journal did not replay
   */
  ProcessInstance orElseThrow();
}
