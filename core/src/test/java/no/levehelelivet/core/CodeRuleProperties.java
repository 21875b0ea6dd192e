package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules of {@link Coded#isWellFormed} and {@link ErrorCode#isWellFormed} are the rules as
 * written: drawn from the characters on either side of every range the rules name.
 */
class CodeRuleProperties {

  private static final String CODE_RULE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
  private static final String ERROR_CODE_RULE = "LHL-[A-Z]-[0-9]{3}";

  @Provide
  Arbitrary<String> codeCandidates() {
    return Arbitraries.strings()
        .withChars('`', 'a', 'm', 'z', '{', '/', '0', '9', ':', '-', 'A', '_', ' ')
        .ofMaxLength(6);
  }

  @Property(tries = 2000, seed = "20261203")
  void aCodeIsWellFormedExactlyWhenItIsLowerKebabCase(@ForAll("codeCandidates") String code) {
    assertThat(Coded.isWellFormed(code)).as(code).isEqualTo(code.matches(CODE_RULE));
  }

  @Example
  void aCodeIsAtMost64Characters() {
    assertThat(Coded.isWellFormed("a".repeat(64))).isTrue();
    assertThat(Coded.isWellFormed("a".repeat(65))).isFalse();
    assertThat(Coded.isWellFormed("z" + "-9".repeat(31) + "z")).isTrue();
  }

  @Example
  void aCodeStartsWithALetterAndHasNoDoubleOrTrailingHyphen() {
    assertThat(Coded.isWellFormed("a")).isTrue();
    assertThat(Coded.isWellFormed("z9")).isTrue();
    assertThat(Coded.isWellFormed("food-and-meals")).isTrue();
    assertThat(Coded.isWellFormed("")).isFalse();
    assertThat(Coded.isWellFormed("9a")).isFalse();
    assertThat(Coded.isWellFormed("-a")).isFalse();
    assertThat(Coded.isWellFormed("food--and-meals")).isFalse();
    assertThat(Coded.isWellFormed("food-")).isFalse();
    assertThat(Coded.isWellFormed("food_and_meals")).isFalse();
    assertThat(Coded.isWellFormed("Food")).isFalse();
    assertThat(Coded.isWellFormed("matområde")).isFalse();
  }

  @Provide
  Arbitrary<String> errorCodeCandidates() {
    Arbitrary<Character> family = Arbitraries.of('@', 'A', 'M', 'Z', '[', 'a', '1', '-');
    Arbitrary<String> digits =
        Arbitraries.strings().withChars('/', '0', '5', '9', ':', 'x').ofMinLength(2).ofMaxLength(4);
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.of("LHL-", "LHL_", "lhl-", "LH-", "LHLX"),
                family,
                Arbitraries.of('-', '_'),
                digits)
            .as((prefix, f, dash, d) -> prefix + f + dash + d);
    return Arbitraries.oneOf(shaped, Arbitraries.strings().ascii().ofMaxLength(10));
  }

  @Property(tries = 2000, seed = "20261203")
  void anErrorCodeIsWellFormedExactlyWhenItIsLhlFamilyAndThreeDigits(
      @ForAll("errorCodeCandidates") String code) {
    assertThat(ErrorCode.isWellFormed(code)).as(code).isEqualTo(code.matches(ERROR_CODE_RULE));
  }

  @Example
  void theFamiliesRunFromAToZAndTheNumbersFrom000To999() {
    assertThat(ErrorCode.isWellFormed("LHL-A-000")).isTrue();
    assertThat(ErrorCode.isWellFormed("LHL-Z-999")).isTrue();
    assertThat(ErrorCode.isWellFormed("LHL-@-001")).isFalse();
    assertThat(ErrorCode.isWellFormed("LHL-[-001")).isFalse();
    assertThat(ErrorCode.isWellFormed("LHL-A-/01")).isFalse();
    assertThat(ErrorCode.isWellFormed("LHL-A-00:")).isFalse();
    assertThat(ErrorCode.isWellFormed("LHL-A-0x1")).isFalse();
  }
}
