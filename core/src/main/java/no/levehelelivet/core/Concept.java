package no.levehelelivet.core;

import java.util.Optional;

/**
 * A concept (<i>begrep</i>) of the reform's course and guide material that a municipality may look
 * up: a coded item with a label and a description in bokmål, nynorsk and English, written by this
 * library, the source that states it, whether that source confirms it, and, where the source's own
 * words matter, a {@link Quotation} of them.
 */
public interface Concept extends Labelled {

  /** {@return what the concept is, in this library's words, in every language it is written in} */
  LocalizedText description();

  /**
   * {@return the description in {@code language}}
   *
   * @param language the language of the description; bokmål where there is no translation
   */
  default String description(Language language) {
    return description().in(language);
  }

  /** {@return the source's own words for the concept, where the catalogue keeps them} */
  Optional<Quotation> quotation();

  /** {@return the source that states the concept} */
  Source source();

  /** {@return whether {@link #source()} confirms the concept as the catalogue states it} */
  EntryStatus status();
}
