package no.levehelelivet.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.levehelelivet.core.Language;
import org.junit.jupiter.api.Test;

/** The tool's own words exist in every language, under the same keys. */
class WebTextsTest {

  @Test
  void nynorskAndEnglishHaveEveryKeyOfBokmalAndNoMore() {
    var bokmal = WebTexts.of(Language.BOKMAL).keys();

    assertThat(bokmal).isNotEmpty();
    assertThat(WebTexts.of(Language.NYNORSK).keys()).isEqualTo(bokmal);
    assertThat(WebTexts.of(Language.ENGLISH).keys()).isEqualTo(bokmal);
  }

  @Test
  void noTextIsBlank() {
    for (Language language : Language.values()) {
      WebTexts texts = WebTexts.of(language);
      for (String key : texts.keys()) {
        assertThat(texts.get(key)).as(language + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void eachLanguageSpeaksItsOwnWords() {
    assertThat(WebTexts.of(Language.BOKMAL).get("who.title")).isEqualTo("Hvem handler?");
    assertThat(WebTexts.of(Language.NYNORSK).get("who.title")).isEqualTo("Kven handlar?");
    assertThat(WebTexts.of(Language.ENGLISH).get("who.title")).isEqualTo("Who is acting?");
  }
}
