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

  /** The code of the trigger, for example {@code "begin-mapping"}. */
  public abstract String trigger();

  /** Who fires the command, in which role. */
  public abstract Actor actor();

  /** Why (for a revisit, pause, resume or abandon), or the answer to a reflection question. */
  public abstract Optional<String> note();

  /** References to evidence in the host's case-management system, such as a case number. */
  public abstract ImmutableList<String> evidence();

  /** The version of the instance the actor decided on; rejected as stale if it has moved on. */
  public abstract OptionalLong expectedVersion();

  /** The code of the phase to go back to, for a revisit. */
  public abstract Optional<String> target();

  /** The code of the criterion being recorded, for {@code record-criterion}. */
  public abstract Optional<String> criterion();

  /** The code of the reflection question being answered, for {@code answer-question}. */
  public abstract Optional<String> question();

  /** Returns a command firing {@code trigger}. */
  public static Command of(Trigger trigger, Actor actor) {
    return of(trigger.code(), actor);
  }

  /** Returns a command firing the trigger with the given code, known to the definition or not. */
  public static Command of(String trigger, Actor actor) {
    return builder().trigger(trigger).actor(actor).build();
  }

  /** Returns a command going back to an earlier phase, saying why. */
  public static Command revisit(String targetPhase, Actor actor, String note) {
    return builder()
        .trigger(Trigger.REVISIT.code())
        .actor(actor)
        .target(targetPhase)
        .note(note)
        .build();
  }

  /** Returns a command recording that a criterion is met, with evidence references. */
  public static Command recordCriterion(String criterion, Actor actor, String... evidence) {
    return builder()
        .trigger(Trigger.RECORD_CRITERION.code())
        .actor(actor)
        .criterion(criterion)
        .addEvidence(evidence)
        .build();
  }

  /** Returns a command answering a reflection question. */
  public static Command answer(String question, Actor actor, String answer) {
    return builder()
        .trigger(Trigger.ANSWER_QUESTION.code())
        .actor(actor)
        .question(question)
        .note(answer)
        .build();
  }

  /** Returns a copy with a note. */
  public abstract Command withNote(String note);

  /** Returns a copy with exactly the given evidence references. */
  public abstract Command withEvidence(String... evidence);

  /** Returns a copy that expects the instance to be at {@code version}. */
  public abstract Command withExpectedVersion(long version);

  /** Returns a copy with a revisit target. */
  public abstract Command withTarget(String target);

  /**
   * Whether the command carries a note that is not blank; worked out once, when the command is
   * built, as guards ask for it on every firing.
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasNote() {
    Optional<String> note = note();
    return note.isPresent() && !note.get().isBlank();
  }

  /** Returns a new builder. */
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

    /** Copies every attribute of {@code instance}; collections are added to, not replaced. */
    @CanIgnoreReturnValue
    Builder from(Command instance);

    /** Sets {@link Command#trigger()}. */
    @CanIgnoreReturnValue
    Builder trigger(String trigger);

    /** Sets {@link Command#actor()}. */
    @CanIgnoreReturnValue
    Builder actor(Actor actor);

    /** Sets {@link Command#note()}. */
    @CanIgnoreReturnValue
    Builder note(String note);

    /** Sets {@link Command#note()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder note(Optional<String> note);

    /** Adds to {@link Command#evidence()}. */
    @CanIgnoreReturnValue
    Builder addEvidence(String element);

    /** Adds to {@link Command#evidence()}. */
    @CanIgnoreReturnValue
    Builder addEvidence(String... elements);

    /** Replaces {@link Command#evidence()}. */
    @CanIgnoreReturnValue
    Builder evidence(Iterable<String> elements);

    /** Adds every element to {@link Command#evidence()}. */
    @CanIgnoreReturnValue
    Builder addAllEvidence(Iterable<String> elements);

    /** Sets {@link Command#expectedVersion()}. */
    @CanIgnoreReturnValue
    Builder expectedVersion(long expectedVersion);

    /** Sets {@link Command#expectedVersion()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder expectedVersion(OptionalLong expectedVersion);

    /** Sets {@link Command#target()}. */
    @CanIgnoreReturnValue
    Builder target(String target);

    /** Sets {@link Command#target()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder target(Optional<String> target);

    /** Sets {@link Command#criterion()}. */
    @CanIgnoreReturnValue
    Builder criterion(String criterion);

    /** Sets {@link Command#criterion()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder criterion(Optional<String> criterion);

    /** Sets {@link Command#question()}. */
    @CanIgnoreReturnValue
    Builder question(String question);

    /** Sets {@link Command#question()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder question(Optional<String> question);

    /**
     * Builds the Command.
     *
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Command build();
  }
}
