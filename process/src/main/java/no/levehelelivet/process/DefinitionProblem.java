package no.levehelelivet.process;

import no.levehelelivet.core.Language;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * One problem found when validating a process definition (<i>feil i definisjonen</i>): a stable
 * {@link DefinitionCode}, the phase, transition or code it concerns, and a message saying what to
 * fix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class DefinitionProblem {

  DefinitionProblem() {}

  /** {@return the stable code, for example {@link DefinitionCode#UNREACHABLE_PHASE}} */
  public abstract DefinitionCode code();

  /**
   * {@return what the problem concerns: a phase code, a trigger code or another code; the
   * definition's id for a problem of the whole definition}
   */
  public abstract String subject();

  /** {@return an explanation in English, starting with the code} */
  public abstract String message();

  static DefinitionProblem of(DefinitionCode code, String subject, String message) {
    return ImmutableDefinitionProblem.of(code, subject, message);
  }

  /**
   * {@return the problem in {@code language}, starting with the code: in English {@link
   * #message()}, which names what is wrong where; in bokmål and nynorsk the code followed by what
   * it means and what to do about it, from the process module's message bundle}
   *
   * @param language the language to write the text in
   * @throws IllegalStateException with {@code LHL-C-900} if the bundle lacks a text (a packaging
   *     error)
   */
  public String message(Language language) {
    return language == Language.ENGLISH
        ? message()
        : code().code() + ": " + code().meaning(language) + "; " + code().remedy(language);
  }

  @Override
  public String toString() {
    return message();
  }
}
