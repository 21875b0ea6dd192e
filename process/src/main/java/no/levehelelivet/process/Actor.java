package no.levehelelivet.process;

import no.levehelelivet.core.ValueLimits;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * Someone who fires commands (<i>aktør</i>): an id as the host system knows them, and the role they
 * act in.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Actor {

  Actor() {}

  /** {@return the actor's id in the host system, for example a user name} */
  public abstract String id();

  /** {@return the role the actor acts in} */
  public abstract Role role();

  /**
   * {@return an actor}
   *
   * @param id the actor's id in the host system, for example a user name
   * @param role the role the actor acts in
   * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-003}) if the id breaks the id
   *     rule of {@link no.levehelelivet.core.ValueLimits#isId}
   */
  public static Actor of(String id, Role role) {
    return ImmutableActor.of(id, role);
  }

  @Value.Check
  void check() {
    ValueLimits.requireId("actor id", id());
  }

  @Override
  public String toString() {
    return id() + " (" + role().code() + ")";
  }
}
