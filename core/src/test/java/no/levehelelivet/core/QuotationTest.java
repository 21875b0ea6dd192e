package no.levehelelivet.core;

import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source's own words: never blank, printed in guillemets followed by the citation. */
class QuotationTest {

  private static final Source DECK = Source.of("KS Konsulent, lysbildet «Metode»");

  @Test
  void printsTheWordsInGuillemetsFollowedByTheCitation() {
    assertThat(Quotation.of("Presentasjon og refleksjon", Language.BOKMAL, DECK))
        .hasToString("«Presentasjon og refleksjon» (KS Konsulent, lysbildet «Metode»)");
  }

  @Test
  void refusesBlankWords() {
    assertThat(assertInvalidValue(() -> Quotation.of(" ", Language.BOKMAL, DECK), "text").value())
        .hasValue(" ");
  }
}
