package no.levehelelivet.core;

import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void fallsBackToBokmalWhereATranslationIsMissing() {
    LocalizedText text = LocalizedText.of("Hvem kan hjelpe til?", "Who can help?");
    assertThat(text.in(Language.ENGLISH)).isEqualTo("Who can help?");
    assertThat(text.in(Language.NYNORSK)).isEqualTo("Hvem kan hjelpe til?");
    assertThat(text.isWrittenIn(Language.NYNORSK)).isFalse();
  }

  @Test
  void requiresABokmalVersion() {
    assertThat(
            assertInvalidValue(
                    () -> LocalizedText.of(Map.of(Language.ENGLISH, "Who can help?")), "texts")
                .value())
        .hasValue("[ENGLISH]");
  }

  @Test
  void refusesABlankTranslation() {
    assertThat(assertInvalidValue(() -> LocalizedText.of("Hei", " "), "texts.en").value())
        .hasValue(" ");
  }

  @Test
  void printsAsItsBokmalText() {
    assertThat(LocalizedText.of("Hvem kan hjelpe til?", "Who can help?"))
        .hasToString("Hvem kan hjelpe til?");
  }

  @Test
  void isEqualByValueWhateverTheOrderOfTheGivenMap() {
    assertThat(LocalizedText.of(Map.of(Language.ENGLISH, "b", Language.BOKMAL, "a")))
        .isEqualTo(LocalizedText.of("a", "b"));
  }
}
