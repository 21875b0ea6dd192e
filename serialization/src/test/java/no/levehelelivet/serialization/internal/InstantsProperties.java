package no.levehelelivet.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The hand-written instant spelling is {@code ISO_INSTANT}'s, and the reader accepts exactly the
 * strings the {@code Instant.parse}-and-reformat rule it replaces accepted.
 */
class InstantsProperties {

  @Property(tries = 2000)
  void formatsAsIsoInstantDoes(
      @ForAll @LongRange(min = -100_000_000_000L, max = 300_000_000_000L) long seconds,
      @ForAll("nanos") int nano) {
    Instant instant = Instant.ofEpochSecond(seconds, nano);
    String text = Instants.format(instant);
    assertThat(text).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    assertThat(Instants.parse(text)).isEqualTo(instant);
  }

  @Property(tries = 5000)
  void acceptsExactlyWhatTheOldRuleAccepted(@ForAll("spellings") String text) {
    Instant old;
    try {
      old = oldRule(text);
    } catch (RuntimeException e) {
      assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(RuntimeException.class);
      return;
    }
    assertThat(Instants.parse(text)).isEqualTo(old);
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(
        Arbitraries.just(0),
        Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
        Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000),
        Arbitraries.integers().between(0, 999_999_999));
  }

  /** Canonical spellings, near misses of them, and mutations of single characters. */
  @Provide
  Arbitrary<String> spellings() {
    Arbitrary<String> canonical =
        Combinators.combine(
                Arbitraries.longs().between(-70_000_000_000L, 260_000_000_000L), nanos())
            .as((s, n) -> DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s, n)));
    Arbitrary<String> fields =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 61),
                Arbitraries.of(
                    "",
                    ".0",
                    ".000",
                    ".100",
                    ".120",
                    ".123",
                    ".123000",
                    ".123456",
                    ".000000001",
                    ".100000000",
                    ".1234",
                    ".12345678",
                    ".1234567890"),
                Arbitraries.of("Z", "z", "+00:00", ""))
            .as(
                (y, mo, d, h, mi, s, f, z) ->
                    String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, mo, d, h, mi, s, f, z));
    Arbitrary<String> mutated =
        Combinators.combine(
                canonical,
                Arbitraries.integers().between(0, 29),
                Arbitraries.of('0', '9', '-', ':', 'T', 't', '.', 'Z', ' ', '+', 'x'))
            .as(
                (t, at, c) ->
                    at < t.length() ? t.substring(0, at) + c + t.substring(at + 1) : t + c);
    return Arbitraries.oneOf(canonical, fields, mutated);
  }

  @Property(tries = 200)
  void leapDaysFollowTheCalendar(@ForAll @IntRange(min = 0, max = 9999) int year) {
    String text = String.format("%04d-02-29T00:00:00Z", year);
    Instant old;
    try {
      old = oldRule(text);
    } catch (RuntimeException e) {
      assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(RuntimeException.class);
      return;
    }
    assertThat(Instants.parse(text)).isEqualTo(old);
  }

  /** The rule the codec read instants by before: UTC, and the canonical spelling only. */
  private static Instant oldRule(String text) {
    if (!text.endsWith("Z")) {
      throw new IllegalArgumentException("not UTC");
    }
    Instant instant = Instant.parse(text);
    if (!DateTimeFormatter.ISO_INSTANT.format(instant).equals(text)) {
      throw new IllegalArgumentException("not the canonical spelling");
    }
    return instant;
  }
}
