package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import no.levehelelivet.core.CatalogueItems.ErrorCodeFamily;
import org.junit.jupiter.api.Test;

/** The error-code families of core: every code well formed, unique, in its family, looked up. */
class ErrorCodeTest {

  @Test
  void everyErrorCodeIsWellFormedAndInItsFamily() {
    for (ErrorCodeFamily family : CatalogueItems.errorCodeFamilies()) {
      assertThat(family.codes()).as("%s", family).isNotEmpty();
      for (ErrorCode code : family.codes()) {
        assertThat(ErrorCode.isWellFormed(code.code())).as(code.code()).isTrue();
        assertThat(code.code()).as("%s", family).startsWith(family.prefix());
        assertThat(code.meaning()).as(code.code()).isNotBlank();
        assertThat(code.remedy()).as(code.code()).isNotBlank();
      }
    }
  }

  @Test
  void noTwoErrorCodesShareACode() {
    Set<String> seen = new HashSet<>();
    for (ErrorCodeFamily family : CatalogueItems.errorCodeFamilies()) {
      for (ErrorCode code : family.codes()) {
        assertThat(seen.add(code.code())).as(code.code()).isTrue();
      }
    }
  }

  @Test
  void everyErrorCodeRoundTripsThroughItsFamilysLookup() {
    for (ErrorCodeFamily family : CatalogueItems.errorCodeFamilies()) {
      for (ErrorCode code : family.codes()) {
        assertThat(family.lookup().apply(code.code())).as(code.code()).isSameAs(code);
      }
    }
  }

  @Test
  void anUnknownErrorCodeFailsNamingItAndTheValidOnes() {
    for (ErrorCodeFamily family : CatalogueItems.errorCodeFamilies()) {
      String unknown = family.prefix() + "999";
      assertThatThrownBy(() -> family.lookup().apply(unknown))
          .as("%s", family)
          .isInstanceOfSatisfying(
              UnknownCodeException.class,
              e -> {
                assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
                assertThat(e.unknownCode()).isEqualTo(unknown);
                assertThat(e.validCodes()).hasSameSizeAs(family.codes());
              });
    }
  }

  @Test
  void aCodeOfAnotherFamilyIsUnknownToThisOne() {
    assertThatThrownBy(() -> ArgumentCode.fromCode(CoreCode.UNKNOWN_CODE.code()))
        .isInstanceOf(UnknownCodeException.class);
    assertThatThrownBy(() -> CoreCode.fromCode(ArgumentCode.INVALID_VALUE.code()))
        .isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void theWellFormedRuleRefusesWhatIsNotAnErrorCode() {
    assertThat(ErrorCode.isWellFormed("LHL-A-001")).isTrue();
    for (String bad :
        new String[] {
          "", "LHL-A-01", "LHL-a-001", "LHL-AA-001", "lhl-A-001", "LHL-A-0001", "LHL-A_001"
        }) {
      assertThat(ErrorCode.isWellFormed(bad)).as(bad).isFalse();
    }
  }
}
