package no.levehelelivet.core;

import static no.levehelelivet.core.Refusals.assertInvalidValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

  @Test
  void vefsnIsMunicipality1824() {
    Municipality vefsn = Municipality.of("Vefsn", "1824");
    assertThat(vefsn.name()).isEqualTo("Vefsn");
    assertThat(vefsn.number()).isEqualTo("1824");
  }

  @Test
  void refusesAThreeDigitNumberNamingTheFieldAndTheValue() {
    assertThatThrownBy(() -> Municipality.of("Vefsn", "824"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.INVALID_VALUE);
              assertThat(e.field()).isEqualTo("kommunenummer");
              assertThat(e.value()).hasValue("824");
            })
        // the one exact message of LHL-A-001, checked by hand
        .hasMessage("LHL-A-001: kommunenummer must be four digits, was \"824\"");
  }

  @Test
  void refusesABlankName() {
    assertThat(assertInvalidValue(() -> Municipality.of("  ", "1824"), "name").value())
        .hasValue("  ");
  }

  @Test
  void refusesAMissingNumberWhenBuilt() {
    assertThatThrownBy(() -> Municipality.builder().name("Vefsn").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ArgumentCode.MISSING_ATTRIBUTES);
              assertThat(e.field()).isEqualTo("number");
            })
        .hasMessage("LHL-A-005: Municipality needs number");
  }

  @Test
  void isEqualByValue() {
    assertThat(Municipality.of("Vefsn", "1824"))
        .isEqualTo(Municipality.builder().name("Vefsn").number("1824").build())
        .hasSameHashCodeAs(Municipality.of("Vefsn", "1824"))
        .isNotEqualTo(Municipality.of("Grane", "1825"))
        .isNotEqualTo(Municipality.of("Vefsn kommune", "1824"));
  }

  @Test
  void aCopyWithANewNumberIsCheckedLikeABuiltOne() {
    Municipality vefsn = Municipality.of("Vefsn", "1824");
    assertThat(vefsn.withName("Vefsn kommune")).isEqualTo(Municipality.of("Vefsn kommune", "1824"));
    assertThat(assertInvalidValue(() -> vefsn.withNumber("824"), "kommunenummer").value())
        .hasValue("824");
  }

  @Property(tries = 200)
  void acceptsEveryFourDigitNumber(@ForAll("fourDigits") String number) {
    assertThat(Municipality.of("Kommune", number).number()).isEqualTo(number);
  }

  @Property(tries = 300)
  void refusesEveryNumberThatIsNotFourDigits(@ForAll("notFourDigits") String number) {
    assertThat(
            assertInvalidValue(() -> Municipality.of("Kommune", number), "kommunenummer").value())
        .hasValue(number);
  }

  @Provide
  Arbitrary<String> fourDigits() {
    return Arbitraries.strings().numeric().ofLength(4);
  }

  @Provide
  Arbitrary<String> notFourDigits() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(3),
        Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(8),
        Arbitraries.strings().ofLength(4).filter(s -> !s.matches("[0-9]{4}")));
  }
}
