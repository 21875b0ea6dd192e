package no.levehelelivet.core;

import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source: a citation that is not blank, and a web address that is http or https. */
class SourceTest {

  private static final String WHITE_PAPER = "Meld. St. 15 (2017–2018)";

  @Test
  void printsItsCitationFollowedByItsAddress() {
    assertThat(Source.of(WHITE_PAPER)).hasToString(WHITE_PAPER);
    assertThat(
            Source.of(
                WHITE_PAPER,
                "https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/"))
        .hasToString(
            WHITE_PAPER
                + " <https://www.regjeringen.no/no/dokumenter/meld.-st.-15-20172018/id2599850/>");
  }

  @Test
  void takesAnHttpAddressAsWellAsAnHttpsOne() {
    assertThat(Source.of("Vefsn kommune", "http://www.vefsn.kommune.no").url())
        .hasValue("http://www.vefsn.kommune.no");
    assertThat(Source.of("Vefsn kommune", "https://www.vefsn.kommune.no").url())
        .hasValue("https://www.vefsn.kommune.no");
  }

  @Test
  void refusesAnAddressThatIsNotAWebAddress() {
    InvalidValueException e =
        assertInvalidValue(() -> Source.of(WHITE_PAPER, "ftp://ftp.regjeringen.no"), "url");
    assertThat(e.value()).hasValue("ftp://ftp.regjeringen.no");
    assertThat(e.expectation()).isEqualTo("an http(s) address");
    assertInvalidValue(() -> Source.of(WHITE_PAPER, "www.regjeringen.no"), "url");
  }

  @Test
  void refusesABlankCitation() {
    assertThat(assertInvalidValue(() -> Source.of("  "), "citation").value()).hasValue("  ");
  }
}
