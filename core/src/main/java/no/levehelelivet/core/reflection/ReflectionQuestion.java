package no.levehelelivet.core.reflection;

import java.util.Optional;
import no.levehelelivet.core.Coded;
import no.levehelelivet.core.InvalidValueException;
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

  /** {@return the topic the question belongs to} */
  public abstract QuestionTopic topic();

  /** {@return the question, always in bokmål and, for the catalogue's questions, in English too} */
  public abstract LocalizedText text();

  /** {@return where the question is used: the material, slide or guide section that asks it} */
  public abstract Source usedIn();

  /**
   * {@return who the question is attributed to, where the material names someone (for example "Eva
   * Sørensen 2020")}
   */
  public abstract Optional<String> attribution();

  /**
   * {@return the question in {@code language}, or in bokmål where it is not translated}
   *
   * @param language the language of the question
   */
  public String text(Language language) {
    return text().in(language);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableReflectionQuestion.builder();
  }

  /**
   * {@return a copy with the given code}
   *
   * @param code the copy's code; well formed, as {@link Coded#isWellFormed(String)} requires
   * @throws InvalidValueException if the copy breaks a rule of the reflection question
   */
  public abstract ReflectionQuestion withCode(String code);

  /**
   * {@return a copy with the given topic}
   *
   * @param topic the copy's topic
   * @throws InvalidValueException if the copy breaks a rule of the reflection question
   */
  public abstract ReflectionQuestion withTopic(QuestionTopic topic);

  /**
   * {@return a copy with the given question}
   *
   * @param text the copy's question
   * @throws InvalidValueException if the copy breaks a rule of the reflection question
   */
  public abstract ReflectionQuestion withText(LocalizedText text);

  /**
   * {@return a copy with the given use}
   *
   * @param usedIn the copy's use
   * @throws InvalidValueException if the copy breaks a rule of the reflection question
   */
  public abstract ReflectionQuestion withUsedIn(Source usedIn);

  /**
   * {@return a copy with the given attribution, or none if empty}
   *
   * @param attribution the copy's attribution; not blank, or empty for none
   * @throws InvalidValueException if the copy breaks a rule of the reflection question
   */
  public abstract ReflectionQuestion withAttribution(Optional<String> attribution);

  @Value.Check
  void check() {
    CoreMessages.requireCode("code", code());
    if (attribution().isPresent()) {
      CoreMessages.requireNotBlank("attribution", attribution().get());
    }
  }

  /** Builds a {@link ReflectionQuestion} field by field; not thread-safe. */
  public interface Builder {

    /**
     * Sets every field from {@code instance}.
     *
     * @param instance the reflection question to copy every field from
     * @return this builder
     */
    Builder from(ReflectionQuestion instance);

    /**
     * Sets the code.
     *
     * @param code the code; well formed, as {@link Coded#isWellFormed(String)} requires
     * @return this builder
     */
    Builder code(String code);

    /**
     * Sets the topic.
     *
     * @param topic the topic
     * @return this builder
     */
    Builder topic(QuestionTopic topic);

    /**
     * Sets the question.
     *
     * @param text the question
     * @return this builder
     */
    Builder text(LocalizedText text);

    /**
     * Sets where the question is used.
     *
     * @param usedIn where the question is used
     * @return this builder
     */
    Builder usedIn(Source usedIn);

    /**
     * Sets who the question is attributed to.
     *
     * @param attribution who the question is attributed to; not blank
     * @return this builder
     */
    Builder attribution(String attribution);

    /**
     * Sets who the question is attributed to, or none if empty.
     *
     * @param attribution who the question is attributed to; not blank, or empty for none
     * @return this builder
     */
    Builder attribution(Optional<String> attribution);

    /**
     * Builds the reflection question.
     *
     * @return the reflection question
     * @throws InvalidValueException if the code is not well formed or the attribution is blank
     * @throws IllegalArgumentException if a required field is not set
     */
    ReflectionQuestion build();
  }
}
