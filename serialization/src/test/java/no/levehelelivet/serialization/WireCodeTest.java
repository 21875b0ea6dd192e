package no.levehelelivet.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import no.levehelelivet.core.CoreCode;
import no.levehelelivet.core.ErrorCode;
import no.levehelelivet.core.UnknownCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire format's error codes (family {@code LHL-S}) are well formed, unique and looked up. */
class WireCodeTest {

  @ParameterizedTest
  @EnumSource(WireCode.class)
  void everyCodeIsAWellFormedCodeOfTheWireFamily(WireCode code) {
    assertThat(ErrorCode.isWellFormed(code.code())).isTrue();
    assertThat(code.code()).startsWith("LHL-S-");
    assertThat(code.meaning()).isNotBlank().doesNotContain("\n").doesNotContain("{@");
    assertThat(code.remedy()).isNotBlank().doesNotContain("\n").doesNotContain("{@");
  }

  @ParameterizedTest
  @EnumSource(WireCode.class)
  void everyCodeRoundTripsThroughItsLookup(WireCode code) {
    assertThat(WireCode.fromCode(code.code())).isSameAs(code);
  }

  @Test
  void noTwoConstantsShareACode() {
    assertThat(Arrays.stream(WireCode.values()).map(WireCode::code)).doesNotHaveDuplicates();
  }

  @Test
  void theCodesKeepTheNumbersOfTheirBlocks() {
    assertThat(Arrays.stream(WireCode.values()).map(WireCode::code))
        .containsExactly(
            "LHL-S-001",
            "LHL-S-002",
            "LHL-S-003",
            "LHL-S-004",
            "LHL-S-005",
            "LHL-S-006",
            "LHL-S-007",
            "LHL-S-008",
            "LHL-S-009",
            "LHL-S-010",
            "LHL-S-011",
            "LHL-S-012",
            "LHL-S-013",
            "LHL-S-014",
            "LHL-S-015",
            "LHL-S-020",
            "LHL-S-021",
            "LHL-S-022",
            "LHL-S-023",
            "LHL-S-024",
            "LHL-S-030",
            "LHL-S-031",
            "LHL-S-032",
            "LHL-S-033",
            "LHL-S-040");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LHL-S-016", "LHL-1004", "LHL-A-001", "lhl-s-004", ""})
  void anUnknownCodeIsRefusedWithItsOwnCode(String unknown) {
    assertThatThrownBy(() -> WireCode.fromCode(unknown))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo(unknown);
              assertThat(e.validCodes()).contains("LHL-S-001", "LHL-S-040").hasSize(25);
            });
  }
}
