package no.levehelelivet.process;

import com.google.common.collect.ImmutableList;
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
  public abstract Phase withIsInitial(boolean initial);

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
    return new Builder();
  }

  @Value.Check
  void check() {
    ProcessMessages.requireCode("phase code", code());
  }

  @Override
  public String toString() {
    return code();
  }

  /** Builds a {@link Phase}. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }
}
