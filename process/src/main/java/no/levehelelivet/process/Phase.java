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

  /** The phase's name in bokmål and, where written, nynorsk and English. */
  public abstract LocalizedText label();

  /** What happens in the phase. */
  public abstract Optional<LocalizedText> description();

  /** Whether the process starts in this phase; a definition has exactly one initial phase. */
  @Value.Default
  public boolean isInitial() {
    return false;
  }

  /** The reflection questions (<i>refleksjonsspørsmål</i>) to work with in this phase. */
  public abstract ImmutableList<ReflectionQuestion> questions();

  /** The milestones (<i>milepæler</i>) that fall due while the process is in this phase. */
  public abstract ImmutableList<Milestone> milestones();

  /** The date by which the process should have left this phase, if the definition sets one. */
  public abstract Optional<LocalDate> targetDate();

  /** Returns a phase with a code and a label only. */
  public static Phase of(String code, LocalizedText label) {
    return builder().code(code).label(label).build();
  }

  /** Returns a copy with a different label. */
  public abstract Phase withLabel(LocalizedText label);

  /** Returns a copy that is, or is not, the initial phase. */
  public abstract Phase withInitial(boolean initial);

  /** Returns a copy with a target date. */
  public abstract Phase withTargetDate(LocalDate date);

  /** Returns a copy with different reflection questions. */
  public abstract Phase withQuestions(Iterable<? extends ReflectionQuestion> questions);

  @Override
  public String label(Language language) {
    return label().in(language);
  }

  /** Returns a new builder. */
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

    /** Copies every attribute of {@code instance}; collections are added to, not replaced. */
    @CanIgnoreReturnValue
    Builder from(Phase instance);

    /** Sets {@link Phase#code()}. */
    @CanIgnoreReturnValue
    Builder code(String code);

    /** Sets {@link Phase#label()}. */
    @CanIgnoreReturnValue
    Builder label(LocalizedText label);

    /** Sets {@link Phase#description()}. */
    @CanIgnoreReturnValue
    Builder description(LocalizedText description);

    /** Sets {@link Phase#description()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder description(Optional<? extends LocalizedText> description);

    /** Sets {@link Phase#isInitial()}. */
    @CanIgnoreReturnValue
    Builder initial(boolean initial);

    /** Adds to {@link Phase#questions()}. */
    @CanIgnoreReturnValue
    Builder addQuestion(ReflectionQuestion element);

    /** Adds to {@link Phase#questions()}. */
    @CanIgnoreReturnValue
    Builder addQuestions(ReflectionQuestion... elements);

    /** Replaces {@link Phase#questions()}. */
    @CanIgnoreReturnValue
    Builder questions(Iterable<? extends ReflectionQuestion> elements);

    /** Adds every element to {@link Phase#questions()}. */
    @CanIgnoreReturnValue
    Builder addAllQuestions(Iterable<? extends ReflectionQuestion> elements);

    /** Adds to {@link Phase#milestones()}. */
    @CanIgnoreReturnValue
    Builder addMilestone(Milestone element);

    /** Adds to {@link Phase#milestones()}. */
    @CanIgnoreReturnValue
    Builder addMilestones(Milestone... elements);

    /** Replaces {@link Phase#milestones()}. */
    @CanIgnoreReturnValue
    Builder milestones(Iterable<? extends Milestone> elements);

    /** Adds every element to {@link Phase#milestones()}. */
    @CanIgnoreReturnValue
    Builder addAllMilestones(Iterable<? extends Milestone> elements);

    /** Sets {@link Phase#targetDate()}. */
    @CanIgnoreReturnValue
    Builder targetDate(LocalDate targetDate);

    /** Sets {@link Phase#targetDate()}, or leaves it empty. */
    @CanIgnoreReturnValue
    Builder targetDate(Optional<? extends LocalDate> targetDate);

    /**
     * Builds the Phase.
     *
     * @throws no.levehelelivet.core.InvalidValueException ({@code LHL-A-005}) if an attribute is
     *     missing, or another code if one breaks its rule
     */
    Phase build();
  }
}
