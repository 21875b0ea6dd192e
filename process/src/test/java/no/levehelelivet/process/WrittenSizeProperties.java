package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.ValueLimits;

/** The one-pass check and count of a text agrees with the limits' check and the count apart. */
class WrittenSizeProperties {

  /** Texts of any characters, unpaired and paired surrogates, controls and quotes among them. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings()
            .withChars('a', '"', '\\', (char) 0x7F, (char) 0x9F, (char) 0x2028, (char) 0xFEFF)
            .withCharRange((char) 0xD800, (char) 0xD801)
            .withCharRange((char) 0xDC00, (char) 0xDC01)
            .withCharRange((char) 0, (char) 0x1F)
            .ofMaxLength(20),
        Arbitraries.of(
            "x".repeat(ValueLimits.MAX_TEXT_LENGTH), "x".repeat(ValueLimits.MAX_TEXT_LENGTH + 1)));
  }

  @Property(tries = 1000, seed = "20261203")
  void checkedTextIsTheTextsBoundWithinTheLimitsAndMinusOneBeyond(@ForAll("texts") String text) {
    assertThat(WrittenSize.checkedText(text))
        .isEqualTo(ValueLimits.isText(text) ? WrittenSize.text(text) : -1);
  }
}
