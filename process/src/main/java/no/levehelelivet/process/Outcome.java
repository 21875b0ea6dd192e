package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of firing a command (<i>utfall</i>): {@link Accepted}, with the new instance, the
 * journal entry it appended and the effects for the host; or {@link Rejected}, with every reason
 * and the unchanged instance. Rejection is an expected outcome, never an exception.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Outcome permits Accepted, Rejected {

  /**
   * {@return the instance after the command: the new one if accepted, the unchanged one if
   * rejected}
   */
  ProcessInstance instance();

  /** {@return whether the command was accepted} */
  boolean isAccepted();

  /**
   * {@return every reason the command was rejected, in a stable order; empty if it was accepted}
   */
  ImmutableList<Reason> reasons();

  /**
   * {@return what the host should do after saving the new state; empty if the command was rejected}
   */
  ImmutableList<Effect> effects();
}
