package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import org.immutables.value.Value;

/**
 * A transition (<i>overgang</i>) of a process definition: the trigger that fires it, the phases it
 * is allowed from, what it does ({@link TransitionKind}), the criteria that must be recorded first,
 * the roles permitted to fire it and whether a note saying why is required.
 *
 * <p>A move names its target phase; a revisit takes its target from the command and is allowed from
 * every phase that has an earlier one; pause, resume, complete and abandon change the status and
 * keep the phase. Whether a transition fits its definition is checked when the definition is built.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Transition {

  Transition() {}

  /** {@return the trigger that fires the transition} */
  public abstract Trigger trigger();

  /** {@return what the transition does; {@link TransitionKind#MOVE} unless said otherwise} */
  @Value.Default
  public TransitionKind kind() {
    return TransitionKind.MOVE;
  }

  /**
   * {@return the codes of the phases the transition is allowed from, unless {@link
   * #isFromEveryPhase()}}
   */
  public abstract ImmutableSet<String> fromPhases();

  /** {@return whether the transition is allowed from every phase of the definition} */
  @Value.Default
  public boolean isFromEveryPhase() {
    return false;
  }

  /** {@return the code of the target phase of a move; empty for every other kind} */
  public abstract Optional<String> to();

  /**
   * {@return the codes of the criteria that must all be recorded as met before the transition
   * fires}
   */
  public abstract ImmutableList<String> criteria();

  /** {@return the roles permitted to fire the transition} */
  public abstract ImmutableSet<Role> roles();

  /** {@return whether the command must carry a note saying why} */
  @Value.Default
  public boolean isNoteRequired() {
    return false;
  }

  /**
   * {@return the codes of the criteria that no longer count once the transition has fired, as when
   * a new cycle starts and its plan must be anchored and adopted again}
   */
  public abstract ImmutableSet<String> resetsCriteria();

  /**
   * Starts a move from one phase to another: a builder, not a transition, with the trigger, kind,
   * source and target set, so that the caller adds roles and criteria and calls {@code build()}.
   *
   * <pre>{@code
   * Transition.move(Trigger.BEGIN_MAPPING, "start-up", "mapping").addRole(Role.PROCESS_LEAD).build()
   * }</pre>
   *
   * @param trigger the trigger that fires the move
   * @param from the code of the phase the move is allowed from
   * @param to the code of the phase the move leads to
   * @return a builder with the trigger, kind, source and target set
   */
  public static Builder move(Trigger trigger, String from, String to) {
    Builder builder = builder();
    builder.trigger(trigger).kind(TransitionKind.MOVE).addFromPhase(from).to(to);
    return builder;
  }

  /**
   * Starts a transition of the given kind allowed from every phase: a builder, not a transition,
   * with the trigger, kind and {@code fromEveryPhase(true)} set; add roles and call {@code
   * build()}.
   *
   * @param trigger the trigger that fires the transition
   * @param kind what the transition does: a move, a revisit or a change of status
   * @return a builder with the trigger, kind and {@code fromEveryPhase(true)} set
   */
  public static Builder fromEveryPhase(Trigger trigger, TransitionKind kind) {
    Builder builder = builder();
    builder.trigger(trigger).kind(kind).fromEveryPhase(true);
    return builder;
  }

  /**
   * {@return a copy permitted to exactly the given roles}
   *
   * @param roles the roles permitted to fire the transition
   */
  public abstract Transition withRoles(Iterable<? extends Role> roles);

  /**
   * {@return a copy with a different target phase}
   *
   * @param to the code of the target phase of a move
   */
  public abstract Transition withTo(String to);

  /**
   * {@return a copy guarded by exactly the given criteria}
   *
   * @param criteria the codes of the criteria that must all be recorded as met before the
   *     transition fires
   */
  public abstract Transition withCriteria(Iterable<String> criteria);

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableTransition.builder();
  }

  @Value.Check
  void check() {
    for (String phase : fromPhases()) {
      ProcessMessages.requireCode("transition from", phase);
    }
    if (to().isPresent()) {
      ProcessMessages.requireCode("transition to", to().get());
    }
    for (String criterion : criteria()) {
      ProcessMessages.requireCode("transition criterion", criterion);
    }
  }

  @Override
  public String toString() {
    String source = isFromEveryPhase() ? "*" : String.join("|", fromPhases());
    return trigger().code() + ": " + source + " -> " + to().orElse(kind().code());
  }

  /**
   * Builds a {@link Transition}; the builder is not thread-safe. Obtain one from {@link
   * #builder()}.
   */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the transition whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(Transition instance);

    /**
     * Sets {@link Transition#trigger()}.
     *
     * @param trigger the trigger that fires the transition
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder trigger(Trigger trigger);

    /**
     * Sets {@link Transition#kind()}.
     *
     * @param kind what the transition does; {@link TransitionKind#MOVE} unless said otherwise
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder kind(TransitionKind kind);

    /**
     * Adds to {@link Transition#fromPhases()}.
     *
     * @param element the code of a phase the transition is allowed from, added after those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addFromPhase(String element);

    /**
     * Adds to {@link Transition#fromPhases()}.
     *
     * @param elements codes of phases the transition is allowed from, added in order after those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addFromPhases(String... elements);

    /**
     * Replaces {@link Transition#fromPhases()}.
     *
     * @param elements codes of phases the transition is allowed from, in order, in place of those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder fromPhases(Iterable<String> elements);

    /**
     * Adds every element to {@link Transition#fromPhases()}.
     *
     * @param elements codes of phases the transition is allowed from, added in order after those
     *     already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllFromPhases(Iterable<String> elements);

    /**
     * Sets {@link Transition#isFromEveryPhase()}.
     *
     * @param fromEveryPhase whether the transition is allowed from every phase of the definition
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder fromEveryPhase(boolean fromEveryPhase);

    /**
     * Sets {@link Transition#to()}.
     *
     * @param to the code of the target phase of a move
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder to(String to);

    /**
     * Sets {@link Transition#to()}, or leaves it empty.
     *
     * @param to the code of the target phase of a move, or empty for every other kind
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder to(Optional<String> to);

    /**
     * Adds to {@link Transition#criteria()}.
     *
     * @param element the code of a criterion that must be met, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addCriterion(String element);

    /**
     * Adds to {@link Transition#criteria()}.
     *
     * @param elements codes of criteria that must be met, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addCriteria(String... elements);

    /**
     * Replaces {@link Transition#criteria()}.
     *
     * @param elements codes of criteria that must be met, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder criteria(Iterable<String> elements);

    /**
     * Adds every element to {@link Transition#criteria()}.
     *
     * @param elements codes of criteria that must be met, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllCriteria(Iterable<String> elements);

    /**
     * Adds to {@link Transition#roles()}.
     *
     * @param element a role permitted to fire the transition, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRole(Role element);

    /**
     * Adds to {@link Transition#roles()}.
     *
     * @param elements roles permitted to fire the transition, added in order after those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addRoles(Role... elements);

    /**
     * Replaces {@link Transition#roles()}.
     *
     * @param elements roles permitted to fire the transition, in order, in place of those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder roles(Iterable<? extends Role> elements);

    /**
     * Adds every element to {@link Transition#roles()}.
     *
     * @param elements roles permitted to fire the transition, added in order after those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllRoles(Iterable<? extends Role> elements);

    /**
     * Sets {@link Transition#isNoteRequired()}.
     *
     * @param noteRequired whether the command must carry a note saying why
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder noteRequired(boolean noteRequired);

    /**
     * Adds to {@link Transition#resetsCriteria()}.
     *
     * @param element the code of a criterion the transition resets, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addResetsCriterion(String element);

    /**
     * Adds to {@link Transition#resetsCriteria()}.
     *
     * @param elements codes of criteria the transition resets, added in order after those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addResetsCriteria(String... elements);

    /**
     * Replaces {@link Transition#resetsCriteria()}.
     *
     * @param elements codes of criteria the transition resets, in order, in place of those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder resetsCriteria(Iterable<String> elements);

    /**
     * Adds every element to {@link Transition#resetsCriteria()}.
     *
     * @param elements codes of criteria the transition resets, added in order after those already
     *     set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllResetsCriteria(Iterable<String> elements);

    /**
     * Builds the Transition.
     *
     * @return a {@code Transition} with the attributes set on this builder
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Transition build();
  }
}
