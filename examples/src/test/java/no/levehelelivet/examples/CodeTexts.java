package no.levehelelivet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.Language;

/** The check every family of error codes of the examples shares: its words in every language. */
public final class CodeTexts {

  private CodeTexts() {}

  /**
   * Checks that {@code code} says what it means and what to do in English as its enum does, and in
   * bokmål and nynorsk in words of their own.
   */
  public static void assertSaidInEveryLanguage(ErrorCode code) {
    assertThat(code.meaning(Language.ENGLISH)).as(code.code()).isEqualTo(code.meaning());
    assertThat(code.remedy(Language.ENGLISH)).as(code.code()).isEqualTo(code.remedy());
    for (Language language : List.of(Language.BOKMAL, Language.NYNORSK)) {
      assertThat(code.meaning(language))
          .as(code.code() + " " + language)
          .isNotBlank()
          .isNotEqualTo(code.meaning());
      assertThat(code.remedy(language))
          .as(code.code() + " " + language)
          .isNotBlank()
          .isNotEqualTo(code.remedy());
    }
    assertThat(code.meaning(Language.NYNORSK))
        .as(code.code())
        .isNotEqualTo(code.meaning(Language.BOKMAL));
  }
}
