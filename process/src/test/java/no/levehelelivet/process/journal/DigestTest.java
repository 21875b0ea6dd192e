package no.levehelelivet.process.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.levehelelivet.core.ArgumentCode;
import no.levehelelivet.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Digests: exactly 64 lower-case hexadecimal digits, nothing else. */
class DigestTest {

  private static final String ZEROS = "0".repeat(64);

  @Test
  void refusesAnythingButSixtyFourHexadecimalDigits() {
    List<String> bad =
        List.of(
            "0".repeat(63),
            "0".repeat(65),
            "g" + "0".repeat(63),
            "0".repeat(63) + "/",
            "0".repeat(63) + ":",
            // a non-ASCII character whose low seven bits are those of the digit 0
            "0".repeat(31) + "°" + "0".repeat(32),
            "0".repeat(32) + "İ" + "0".repeat(31));
    for (String hex : bad) {
      assertThatThrownBy(() -> Digest.parse(hex))
          .as(hex)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
                assertThat(e.field()).isEqualTo("digest");
              });
    }
  }

  @Test
  void acceptsEveryHexadecimalDigitInEitherCase() {
    String digits = "0123456789abcdef".repeat(4);

    assertThat(Digest.parse(digits).hex()).isEqualTo(digits);
    assertThat(Digest.parse(digits.toUpperCase(java.util.Locale.ROOT)).hex()).isEqualTo(digits);
    assertThat(Digest.parse(ZEROS).bytes()).isEqualTo(new byte[32]);
  }

  @Test
  void refusesBytesThatAreNotThirtyTwoLong() {
    assertThatThrownBy(() -> Digest.of(new byte[31]))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("digest length"));
  }
}
