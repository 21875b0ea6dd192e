package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import java.util.OptionalLong;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import org.immutables.value.Value;

/**
 * A command (<i>kommando</i>) an actor fires at a process instance: a trigger by code, the actor,
 * and what the trigger needs — a note saying why, evidence references from the host's
 * case-management system, the target phase of a revisit, the criterion being recorded or the
 * question being answered (the answer is the note). A command may carry the version of the instance
 * it was decided on, for optimistic concurrency.
 *
 * <p>A command is only a request: whether it is allowed is decided by the engine, which says why
 * not in a {@link Rejected}. Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Command {

  Command() {}

  /** {@return the code of the trigger, for example {@code "begin-mapping"}} */
  public abstract String trigger();

  /** {@return who fires the command, in which role} */
  public abstract Actor actor();

  /**
   * {@return why (for a revisit, pause, resume or abandon), or the answer to a reflection question}
   */
  public abstract Optional<String> note();

  /**
   * {@return references to evidence in the host's case-management system, such as a case number}
   */
  public abstract ImmutableList<String> evidence();

  /**
   * {@return the version of the instance the actor decided on; rejected as stale if it has moved
   * on}
   */
  public abstract OptionalLong expectedVersion();

  /** {@return the code of the phase to go back to, for a revisit} */
  public abstract Optional<String> target();

  /** {@return the code of the criterion being recorded, for {@code record-criterion}} */
  public abstract Optional<String> criterion();

  /** {@return the code of the reflection question being answered, for {@code answer-question}} */
  public abstract Optional<String> question();

  /**
   * {@return a command firing {@code trigger}}
   *
   * @param trigger the trigger the command fires
   * @param actor who fires the command, in which role
   */
  public static Command of(Trigger trigger, Actor actor) {
    return of(trigger.code(), actor);
  }

  /**
   * {@return a command firing the trigger with the given code, known to the definition or not}
   *
   * @param trigger the code of the trigger the command fires
   * @param actor who fires the command, in which role
   */
  public static Command of(String trigger, Actor actor) {
    return builder().trigger(trigger).actor(actor).build();
  }

  /**
   * {@return a command going back to an earlier phase, saying why}
   *
   * @param targetPhase the code of the earlier phase to go back to
   * @param actor who goes back, in which role
   * @param note why the process goes back; a revisit without a note is rejected
   */
  public static Command revisit(String targetPhase, Actor actor, String note) {
    return builder()
        .trigger(Trigger.REVISIT.code())
        .actor(actor)
        .target(targetPhase)
        .note(note)
        .build();
  }

  /**
   * {@return a command recording that a criterion is met, with evidence references}
   *
   * @param criterion the code of the criterion recorded as met
   * @param actor who records the criterion, in which role
   * @param evidence references to evidence in the host's case-management system, such as a case
   *     number; none blank
   */
  public static Command recordCriterion(String criterion, Actor actor, String... evidence) {
    return builder()
        .trigger(Trigger.RECORD_CRITERION.code())
        .actor(actor)
        .criterion(criterion)
        .addEvidence(evidence)
        .build();
  }

  /**
   * {@return a command answering a reflection question}
   *
   * @param question the code of the reflection question answered
   * @param actor who answers, in which role
   * @param answer the answer, kept as the command's note
   */
  public static Command answer(String question, Actor actor, String answer) {
    return builder()
        .trigger(Trigger.ANSWER_QUESTION.code())
        .actor(actor)
        .question(question)
        .note(answer)
        .build();
  }

  /**
   * {@return a copy with a note}
   *
   * @param note why (for a revisit, pause, resume or abandon), or the answer to a reflection
   *     question
   */
  public abstract Command withNote(String note);

  /**
   * {@return a copy with exactly the given evidence references}
   *
   * @param evidence references to evidence in the host's case-management system, such as a case
   *     number
   */
  public abstract Command withEvidence(String... evidence);

  /**
   * {@return a copy that expects the instance to be at {@code version}}
   *
   * @param version the version of the instance the actor decided on; rejected as stale if it has
   *     moved on
   */
  public abstract Command withExpectedVersion(long version);

  /**
   * {@return a copy with a revisit target}
   *
   * @param target the code of the phase to go back to, for a revisit
   */
  public abstract Command withTarget(String target);

  /**
   * {@return whether the command carries a note that is not blank; worked out once, when the
   * command is built, as guards ask for it on every firing}
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasNote() {
    Optional<String> note = note();
    return note.isPresent() && !note.get().isBlank();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableCommand.builder();
  }

  @Value.Check
  void check() {
    ProcessMessages.requireNotBlank("command trigger", trigger());
    for (String reference : evidence()) {
      // only blankness here: a reference beyond the value limits is the engine's rejection
      ProcessMessages.require(!reference.isBlank(), "evidence reference", "non-blank", reference);
    }
  }

  /**
   * Builds a {@link Command}; the builder is not thread-safe. Obtain one from {@link #builder()}.
   */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the command whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(Command instance);

    /**
     * Sets {@link Command#trigger()}.
     *
     * @param trigger the code of the trigger, for example {@code "begin-mapping"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder trigger(String trigger);

    /**
     * Sets {@link Command#actor()}.
     *
     * @param actor who fires the command, in which role
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder actor(Actor actor);

    /**
     * Sets {@link Command#note()}.
     *
     * @param note why (for a revisit, pause, resume or abandon), or the answer to a reflection
     *     question
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder note(String note);

    /**
     * Sets {@link Command#note()}, or leaves it empty.
     *
     * @param note why (for a revisit, pause, resume or abandon), or the answer to a reflection
     *     question, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder note(Optional<String> note);

    /**
     * Adds to {@link Command#evidence()}.
     *
     * @param element an evidence reference, such as a case number, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addEvidence(String element);

    /**
     * Adds to {@link Command#evidence()}.
     *
     * @param elements evidence references, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addEvidence(String... elements);

    /**
     * Replaces {@link Command#evidence()}.
     *
     * @param elements evidence references, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder evidence(Iterable<String> elements);

    /**
     * Adds every element to {@link Command#evidence()}.
     *
     * @param elements evidence references, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllEvidence(Iterable<String> elements);

    /**
     * Sets {@link Command#expectedVersion()}.
     *
     * @param expectedVersion the version of the instance the actor decided on; rejected as stale if
     *     it has moved on
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder expectedVersion(long expectedVersion);

    /**
     * Sets {@link Command#expectedVersion()}, or leaves it empty.
     *
     * @param expectedVersion the version of the instance the actor decided on; rejected as stale if
     *     it has moved on, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder expectedVersion(OptionalLong expectedVersion);

    /**
     * Sets {@link Command#target()}.
     *
     * @param target the code of the phase to go back to, for a revisit
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder target(String target);

    /**
     * Sets {@link Command#target()}, or leaves it empty.
     *
     * @param target the code of the phase to go back to, for a revisit, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder target(Optional<String> target);

    /**
     * Sets {@link Command#criterion()}.
     *
     * @param criterion the code of the criterion being recorded, for {@code record-criterion}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder criterion(String criterion);

    /**
     * Sets {@link Command#criterion()}, or leaves it empty.
     *
     * @param criterion the code of the criterion being recorded, for {@code record-criterion}, or
     *     empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder criterion(Optional<String> criterion);

    /**
     * Sets {@link Command#question()}.
     *
     * @param question the code of the reflection question being answered, for {@code
     *     answer-question}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder question(String question);

    /**
     * Sets {@link Command#question()}, or leaves it empty.
     *
     * @param question the code of the reflection question being answered, for {@code
     *     answer-question}, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder question(Optional<String> question);

    /**
     * Builds the Command.
     *
     * @return a {@code Command} with the attributes set on this builder
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Command build();
  }
}
