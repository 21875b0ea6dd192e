package no.levehelelivet.serialization.internal.wire.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-read whole second gives the instant the JDK's parser and formatter give, and reads
 * nothing they refuse: over spellings of every field just inside and just outside its range.
 */
class InstantsProperties {

  @Property(tries = 3000, seed = "1824")
  void theHandReadSecondIsTheFormattersInstant(@ForAll("spellings") String text) {
    Instant fast = Instants.wholeSecond(text);
    Instant slow;
    try {
      slow = Instants.parseByFormatter(text);
    } catch (RuntimeException e) {
      slow = null;
    }
    if (fast != null) {
      assertThat(slow).as(text).isEqualTo(fast);
    }
    if (slow != null && text.length() == 20) {
      // Every whole second of years 0 to 9999 is read by hand, not left to the slower formatter.
      assertThat(fast).as(text).isEqualTo(slow);
    }
    if (slow != null) {
      assertThat(Instants.parse(text)).as(text).isEqualTo(slow);
    } else {
      assertThatThrownBy(() -> Instants.parse(text)).as(text).isInstanceOf(RuntimeException.class);
    }
  }

  @Example
  void readsTheCanonicalSpellingsAndNoOther() {
    assertThat(Instants.parse("2026-11-24T09:30:00Z"))
        .isEqualTo(Instant.ofEpochSecond(1_795_512_600L));
    assertThat(Instants.parse("2024-02-29T23:59:59Z"))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    assertThat(Instants.parse("2026-11-24T09:30:00.250Z"))
        .isEqualTo(Instant.parse("2026-11-24T09:30:00.250Z"));
    assertThat(Instants.wholeSecond("2026-11-24T09:30:00.250Z")).isNull();
    assertThatThrownBy(() -> Instants.parse("2026-11-24T09:30:00.25Z"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instants.parse("2026-11-24T09:30Z"))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> Instants.parse("2026-11-24T24:00:00Z"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instants.parse("2026-02-29T09:30:00Z"))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> Instants.parse("2026-11-24T09:30:00+01:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void readsEveryFieldByHandAtBothEndsOfItsRange() {
    assertThat(Instants.wholeSecond("0000-01-01T00:00:00Z"))
        .isEqualTo(Instant.ofEpochSecond(-62_167_219_200L));
    assertThat(Instants.wholeSecond("9999-12-31T23:59:59Z"))
        .isEqualTo(Instant.ofEpochSecond(253_402_300_799L));
    assertThat(Instants.wholeSecond("2024-02-29T12:00:00Z"))
        .isEqualTo(Instant.ofEpochSecond(1_709_208_000L));
    assertThat(Instants.wholeSecond("2023-04-30T00:00:00Z"))
        .isEqualTo(Instant.ofEpochSecond(1_682_812_800L));
  }

  @Example
  void leavesAnythingOneStepPastARangeToTheFormatter() {
    assertThat(Instants.wholeSecond("2023-02-29T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-04-31T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-13-01T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-00-01T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-00T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-01T24:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-01T00:60:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-01T00:00:60Z")).isNull();
    assertThat(Instants.wholeSecond("2O23-01-01T00:00:00Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-01T00:00:0:Z")).isNull();
    assertThat(Instants.wholeSecond("2023-01-01T00:00:0/Z")).isNull();
  }

  @Provide
  Arbitrary<String> spellings() {
    Arbitrary<String> fields =
        Combinators.combine(
                Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 9999),
                    Arbitraries.of(0, 1, 1900, 2000, 2024, 2100, 9999, 10000)),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61),
                Arbitraries.integers().between(0, 61),
                Arbitraries.of("Z", "Z", "Z", ".000Z", ".5Z", "z", "+00:00", ""))
            .as(
                (year, month, day, hour, minute, second, end) ->
                    String.format(
                        "%04d-%02d-%02dT%02d:%02d:%02d%s",
                        year, month, day, hour, minute, second, end));
    Arbitrary<String> mutated =
        Combinators.combine(
                fields,
                Arbitraries.integers().between(0, 19),
                Arbitraries.chars().with("0129-:TZ x+"))
            .as(
                (text, at, c) ->
                    at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text);
    return Arbitraries.oneOf(fields, mutated);
  }
}
