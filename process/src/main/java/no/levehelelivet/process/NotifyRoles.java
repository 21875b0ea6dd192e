package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * An effect: tell the actors in the given roles that the process is now in a phase where they are
 * the ones to act (<i>varsle roller</i>). The roles are those permitted to move the process on from
 * that phase.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract non-sealed class NotifyRoles implements Effect {

  NotifyRoles() {}

  /** The code of the phase the process is in. */
  public abstract String phase();

  /** The roles to notify. */
  public abstract ImmutableList<Role> roles();

  static NotifyRoles of(String phase, Iterable<? extends Role> roles) {
    return ImmutableNotifyRoles.of(phase, roles);
  }
}
