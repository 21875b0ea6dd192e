package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ValueLimits#isId}, with its fast path for plain ASCII, is the id rule as written. */
class IdRuleProperties {

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(12),
        Arbitraries.strings().withCharRange((char) 0x1C, (char) 0x7F).ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.strings()
            .withChars(' ', 'a', '/', (char) 0xA0, (char) 0x2028, (char) 0x85, (char) 0xD83D)
            .ofMaxLength(5),
        Arbitraries.of(
            "x".repeat(ValueLimits.MAX_ID_LENGTH), "x".repeat(ValueLimits.MAX_ID_LENGTH + 1)));
  }

  @Property(tries = 2000, seed = "20261203")
  void isIdIsTheRuleAsWritten(@ForAll("candidates") String id) {
    assertThat(ValueLimits.isId(id)).isEqualTo(rule(id));
  }

  /** The rule of {@link ValueLimits#isId}'s documentation, checked character by character. */
  private static boolean rule(String id) {
    if (id.isEmpty() || id.length() > ValueLimits.MAX_ID_LENGTH) {
      return false;
    }
    char first = id.charAt(0);
    char last = id.charAt(id.length() - 1);
    if (Character.isWhitespace(first)
        || Character.isSpaceChar(first)
        || Character.isWhitespace(last)
        || Character.isSpaceChar(last)) {
      return false;
    }
    for (int at = 0; at < id.length(); at++) {
      char c = id.charAt(at);
      if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (at + 1 == id.length() || !Character.isLowSurrogate(id.charAt(at + 1))) {
          return false;
        }
        at++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
