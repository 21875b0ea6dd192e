package no.levehelelivet.core.reflection;

import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.LocalizedText;
import no.levehelelivet.core.Source;
import no.levehelelivet.core.internal.BuildableValue;
import no.levehelelivet.core.internal.CoreMessages;
import org.immutables.value.Value;

/**
 * A reflection question (<i>refleksjonsspørsmål</i>) that a municipality, a process team or a
 * course group asks itself, for example "Hvem kan hjelpe til?" ("Who can help?").
 *
 * <p>The catalogue's questions come from the course material; a municipality may add its own when
 * it tailors its process. Immutable and thread-safe.
 */
@Value.Immutable
@BuildableValue
public abstract class ReflectionQuestion implements Coded {

  ReflectionQuestion() {}

  /** The stable id of the question, a lower-kebab-case code such as {@code "who-can-help"}. */
  @Override
  public abstract String code();

  /** The topic the question belongs to. */
  public abstract QuestionTopic topic();

  /** The question, always in bokmål and, for the catalogue's questions, in English too. */
  public abstract LocalizedText text();

  /** Where the question is used: the material, slide or guide section that asks it. */
  public abstract Source usedIn();

  /**
   * Who the question is attributed to, where the material names someone (for example "Eva Sørensen
   * 2020").
   */
  public abstract Optional<String> attribution();

  /** The question in {@code language}, or in bokmål where it is not translated. */
  public String text(Language language) {
    return text().in(language);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CoreMessages.requireCode("code", code());
    if (attribution().isPresent()) {
      CoreMessages.requireNotBlank("attribution", attribution().get());
    }
  }

  /** Builds a {@link ReflectionQuestion}. */
  public static final class Builder extends ImmutableReflectionQuestion.Builder {
    Builder() {}
  }
}
