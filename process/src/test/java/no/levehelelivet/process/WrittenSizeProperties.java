package no.levehelelivet.process;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.ValueLimits;

/**
 * The one-pass check and count of a text agrees with the limits' check and the count apart, and the
 * engine's quick bound on the entry a command appends is never below the bound counted in full.
 */
class WrittenSizeProperties {

  /** Texts of any characters, unpaired and paired surrogates, controls and quotes among them. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        anyCharacters(),
        escapedCharacters(),
        Arbitraries.of(
            "x".repeat(ValueLimits.MAX_TEXT_LENGTH), "x".repeat(ValueLimits.MAX_TEXT_LENGTH + 1)));
  }

  /** Non-blank texts without unpaired surrogates, as a command may carry them. */
  @Provide
  Arbitrary<String> commandTexts() {
    return Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange((char) 0, (char) 0xD7FF)
                .withCharRange((char) 0xE000, (char) 0xFFFF)
                .ofMinLength(1)
                .ofMaxLength(30),
            escapedCharacters().filter(ValueLimits::isText))
        .filter(text -> !text.isBlank());
  }

  private static Arbitrary<String> anyCharacters() {
    return Arbitraries.strings().all().ofMaxLength(40);
  }

  private static Arbitrary<String> escapedCharacters() {
    return Arbitraries.strings()
        .withChars('a', '"', '\\', (char) 0x7F, (char) 0x9F, (char) 0x2028, (char) 0xFEFF)
        .withCharRange((char) 0xD800, (char) 0xD801)
        .withCharRange((char) 0xDC00, (char) 0xDC01)
        .withCharRange((char) 0, (char) 0x1F)
        .ofMaxLength(20);
  }

  @Property(tries = 1000, seed = "20261203")
  void checkedTextIsTheTextsBoundWithinTheLimitsAndMinusOneBeyond(@ForAll("texts") String text) {
    assertThat(WrittenSize.checkedText(text))
        .isEqualTo(ValueLimits.isText(text) ? WrittenSize.text(text) : -1);
  }

  /** Texts of the characters a writer escapes as six bytes, the most any character counts. */
  @Provide
  Arbitrary<String> widest() {
    return Arbitraries.strings()
        .withCharRange((char) 0x01, (char) 0x08)
        .withCharRange((char) 0x7F, (char) 0x84)
        .withChars((char) 0xFEFF, (char) 0xFFFE, (char) 0xFFFF)
        .ofMinLength(1)
        .ofMaxLength(30);
  }

  @Property(tries = 300, seed = "20261205")
  void theQuickBoundOfAFiredEntryIsNeverBelowTheFullOne(
      @ForAll("commandTexts") String trigger,
      @ForAll("commandTexts") String phase,
      @ForAll("commandTexts") String note,
      @ForAll("commandTexts") String evidence) {
    Command command =
        Command.of(trigger, Actor.of("kari", Role.PROCESS_LEAD))
            .withNote(note)
            .withEvidence(evidence);

    assertThat(WrittenSize.firedAtMost(WrittenSize.commandTexts(command), trigger, phase))
        .isGreaterThanOrEqualTo(WrittenSize.fired(command, phase));
  }

  /** Where every character of the trigger and the phase counts six bytes, the two bounds meet. */
  @Property(tries = 200, seed = "20261206")
  void theQuickBoundIsTheFullOneWhereEveryCharacterIsAtItsWidest(
      @ForAll("widest") String trigger, @ForAll("widest") String phase) {
    Command command =
        Command.of(trigger, Actor.of("kari", Role.PROCESS_LEAD))
            .withNote("\"ø\"")
            .withEvidence("sak 2026/14");

    assertThat(WrittenSize.firedAtMost(WrittenSize.commandTexts(command), trigger, phase))
        .isEqualTo(WrittenSize.fired(command, phase));
  }
}
