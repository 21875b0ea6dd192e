package no.levehelelivet.process.journal;

import no.levehelelivet.core.Language;
import no.levehelelivet.process.internal.TupleValue;
import org.immutables.value.Value;

/**
 * What {@link Journal#verify()} found wrong with a journal (<i>feil i loggen</i>): its {@link
 * JournalCode}, the position of the first entry at fault (counting from 1) and a message.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class JournalProblem {

  JournalProblem() {}

  /**
   * {@return the stable code of the problem: {@link JournalCode#SEQUENCE_BREAK}, {@link
   * JournalCode#DIGEST_MISMATCH} or {@link JournalCode#HEAD_MISMATCH}}
   */
  public abstract JournalCode code();

  /** {@return the position (counting from 1) of the first entry at fault} */
  public abstract long position();

  /** {@return an explanation in English, starting with the code} */
  public abstract String message();

  static JournalProblem of(JournalCode code, long position, String message) {
    return ImmutableJournalProblem.of(code, position, message);
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
