package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import no.levehelelivet.core.Labelled;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.reflection.ReflectionQuestion;
import no.levehelelivet.core.timeline.Milestone;
import no.levehelelivet.process.internal.BuildableValue;
import no.levehelelivet.process.internal.ProcessMessages;
import org.immutables.value.Value;

/**
 * A phase (<i>fase</i>) of the change process, such as mapping (<i>kartlegging</i>), with the
 * reflection questions and milestones attached to it and, optionally, a target date by which the
 * process should have left it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class Phase implements Labelled {

  Phase() {}

  /** The stable code, for example {@code "mapping"}. */
  @Override
  public abstract String code();

  /** {@return the phase's name in bokmål and, where written, nynorsk and English} */
  public abstract LocalizedText label();

  /** {@return what happens in the phase} */
  public abstract Optional<LocalizedText> description();

  /**
   * {@return whether the process starts in this phase; a definition has exactly one initial phase}
   */
  @Value.Default
  public boolean isInitial() {
    return false;
  }

  /** {@return the reflection questions (<i>refleksjonsspørsmål</i>) to work with in this phase} */
  public abstract ImmutableList<ReflectionQuestion> questions();

  /**
   * {@return the milestones (<i>milepæler</i>) that fall due while the process is in this phase}
   */
  public abstract ImmutableList<Milestone> milestones();

  /**
   * {@return the date by which the process should have left this phase, if the definition sets one}
   */
  public abstract Optional<LocalDate> targetDate();

  /**
   * {@return a phase with a code and a label only}
   *
   * @param code the phase's stable code, for example {@code "mapping"}
   * @param label the phase's name
   */
  public static Phase of(String code, LocalizedText label) {
    return builder().code(code).label(label).build();
  }

  /**
   * {@return a copy with a different label}
   *
   * @param label the phase's name in bokmål and, where written, nynorsk and English
   */
  public abstract Phase withLabel(LocalizedText label);

  /**
   * {@return a copy that is, or is not, the initial phase}
   *
   * @param initial whether the process starts in this phase; a definition has exactly one initial
   *     phase
   */
  public abstract Phase withInitial(boolean initial);

  /**
   * {@return a copy with a target date}
   *
   * @param date the date by which the process should have left this phase
   */
  public abstract Phase withTargetDate(LocalDate date);

  /**
   * {@return a copy with different reflection questions}
   *
   * @param questions the reflection questions (<i>refleksjonsspørsmål</i>) to work with in this
   *     phase
   */
  public abstract Phase withQuestions(Iterable<? extends ReflectionQuestion> questions);

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutablePhase.builder();
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("phase code", code());
  }

  @Override
  public String toString() {
    return code();
  }

  /** Builds a {@link Phase}; the builder is not thread-safe. Obtain one from {@link #builder()}. */
  public interface Builder {

    /**
     * Copies every attribute of {@code instance}; collections are added to, not replaced.
     *
     * @param instance the phase whose attributes to copy
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder from(Phase instance);

    /**
     * Sets {@link Phase#code()}.
     *
     * @param code the stable code, for example {@code "mapping"}
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder code(String code);

    /**
     * Sets {@link Phase#label()}.
     *
     * @param label the phase's name in bokmål and, where written, nynorsk and English
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder label(LocalizedText label);

    /**
     * Sets {@link Phase#description()}.
     *
     * @param description what happens in the phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder description(LocalizedText description);

    /**
     * Sets {@link Phase#description()}, or leaves it empty.
     *
     * @param description what happens in the phase, or empty to leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder description(Optional<? extends LocalizedText> description);

    /**
     * Sets {@link Phase#isInitial()}.
     *
     * @param initial whether the process starts in this phase; a definition has exactly one initial
     *     phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder initial(boolean initial);

    /**
     * Adds to {@link Phase#questions()}.
     *
     * @param element a reflection question (<i>refleksjonsspørsmål</i>) of the phase, added after
     *     those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addQuestion(ReflectionQuestion element);

    /**
     * Adds to {@link Phase#questions()}.
     *
     * @param elements reflection questions of the phase, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addQuestions(ReflectionQuestion... elements);

    /**
     * Replaces {@link Phase#questions()}.
     *
     * @param elements reflection questions of the phase, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder questions(Iterable<? extends ReflectionQuestion> elements);

    /**
     * Adds every element to {@link Phase#questions()}.
     *
     * @param elements reflection questions of the phase, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllQuestions(Iterable<? extends ReflectionQuestion> elements);

    /**
     * Adds to {@link Phase#milestones()}.
     *
     * @param element a milestone (<i>milepæl</i>) of the phase, added after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addMilestone(Milestone element);

    /**
     * Adds to {@link Phase#milestones()}.
     *
     * @param elements milestones of the phase, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addMilestones(Milestone... elements);

    /**
     * Replaces {@link Phase#milestones()}.
     *
     * @param elements milestones of the phase, in order, in place of those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder milestones(Iterable<? extends Milestone> elements);

    /**
     * Adds every element to {@link Phase#milestones()}.
     *
     * @param elements milestones of the phase, added in order after those already set
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder addAllMilestones(Iterable<? extends Milestone> elements);

    /**
     * Sets {@link Phase#targetDate()}.
     *
     * @param targetDate the date by which the process should have left this phase
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder targetDate(LocalDate targetDate);

    /**
     * Sets {@link Phase#targetDate()}, or leaves it empty.
     *
     * @param targetDate the date by which the process should have left this phase, or empty to
     *     leave it unset
     * @return this builder
     */
    @CanIgnoreReturnValue
    Builder targetDate(Optional<? extends LocalDate> targetDate);

    /**
     * Builds the Phase.
     *
     * @return a {@code Phase} with the attributes set on this builder
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Phase build();
  }
}
