package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> LocalizedText.of(Map.of(Language.ENGLISH, "Who can help?")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("LHL-C-002: texts must be written in bokmål (nb)");
  }

  @Test
  void refusesABlankTranslation() {
    assertThatThrownBy(() -> LocalizedText.of("Hei", " "))
        .hasMessageStartingWith("LHL-C-002: texts.en must be non-blank");
  }

  @Test
  void isEqualByValueWhateverTheOrderOfTheGivenMap() {
    assertThat(LocalizedText.of(Map.of(Language.ENGLISH, "b", Language.BOKMAL, "a")))
        .isEqualTo(LocalizedText.of("a", "b"));
  }
}
