package no.levehelelivet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** How a caller's input is echoed in a message: quoted if text, cut short past 64 characters. */
class EchoTest {

  @Test
  void keepsSixtyFourCharactersAndCutsTheSixtyFifth() {
    String longest = "k".repeat(64);
    assertThat(Echo.cut(longest)).isEqualTo(longest);
    assertThat(Echo.cut(longest + "x")).isEqualTo(longest + "...");
  }

  @Test
  void quotesTextButNotOtherValues() {
    assertThat(Echo.quote("824")).isEqualTo("\"824\"");
    assertThat(Echo.quote(824)).isEqualTo("824");
    assertThat(Echo.quote(CharBuffer.wrap("ab"))).isEqualTo("\"ab\"");
  }

  @Test
  void echoesAMissingValueAsNull() {
    assertThat(Echo.quote(null)).isEqualTo("null");
  }

  @Test
  void cutsQuotedTextInsideTheQuotes() {
    assertThat(Echo.quote("k".repeat(65))).isEqualTo("\"" + "k".repeat(64) + "...\"");
  }
}
