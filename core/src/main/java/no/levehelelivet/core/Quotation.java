package no.levehelelivet.core;

import no.levehelelivet.core.internal.CoreMessages;
import no.levehelelivet.core.internal.TupleValue;
import org.immutables.value.Value;

/**
 * A quotation (<i>sitat</i>): a source's own words, kept in the one language the source wrote them
 * in and never translated, with the source they come from.
 *
 * <p>A quotation is the only text of the catalogue that may be written in one language only: the
 * entry that carries it gives its meaning in bokmål, nynorsk and English in its own words.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@TupleValue
public abstract class Quotation {

  Quotation() {}

  /** {@return the source's words, as the source writes them} */
  public abstract String text();

  /** {@return the language the source wrote the words in} */
  public abstract Language language();

  /** {@return where the words are written} */
  public abstract Source source();

  /**
   * {@return the quotation of {@code text}, written in {@code language} in {@code source}}
   *
   * @param language the language the source wrote the words in
   * @param text the source's words, as the source writes them; not blank
   * @param source where the words are written
   * @throws InvalidValueException if the text is blank
   */
  public static Quotation of(String text, Language language, Source source) {
    return ImmutableQuotation.of(text, language, source);
  }

  @Value.Check
  void check() {
    CoreMessages.requireNotBlank("text", text());
  }

  @Override
  public String toString() {
    return "«" + text() + "» (" + source().citation() + ")";
  }
}
